package dev.attune.scaffold;

import dev.attune.load.Slugs;

/**
 * The title an author typed for a new file, and the slug its file is named by: the loader's slug
 * of the title, so the file is published at the address the title suggests.
 *
 * @param kind "course", "lesson", "worksheet" or "page", for messages
 */
record Title(String text, String slug, String kind) {
  /** File names stay short enough to read, and far below the file system's 255 bytes. */
  private static final int MAX_SLUG = 60;

  static Title of(String typed, String kind) throws ScaffoldRefused {
    String text = typed.strip();
    String example = example(kind);
    if (text.isEmpty()) {
      throw new ScaffoldRefused("the " + kind + " needs a title", "give it in quotes, e.g. " + example);
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      throw new ScaffoldRefused("a title is one line of text, without tabs or line breaks", "give it in quotes, e.g. " + example);
    }
    String slug = shorten(Slugs.slugify(text));
    if (slug.isEmpty()) {
      throw new ScaffoldRefused("the title '" + text + "' has no letter or digit to name the file by",
          "give the title a word, e.g. " + example);
    }
    return new Title(text, slug, kind);
  }

  /** At most {@link #MAX_SLUG} letters, cut after a whole word where there is one. */
  private static String shorten(String slug) {
    if (slug.codePointCount(0, slug.length()) <= MAX_SLUG) {
      return slug;
    }
    int end = slug.offsetByCodePoints(0, MAX_SLUG);
    int dash = slug.lastIndexOf('-', end);
    return slug.substring(0, dash > 0 ? dash : end);
  }

  /** A command that gives a good title, for hints. */
  private static String example(String kind) {
    return switch (kind) {
      case "course" -> "attune new course my-course --title \"Active listening\"";
      case "worksheet" -> "attune new worksheet \"Weekly check-in\"";
      case "page" -> "attune new page \"Glossary\"";
      default -> "attune new " + kind + " \"Active listening\"";
    };
  }
}
