package dev.attune.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Files that systems and programs leave beside an author's own (a thumbnail cache, an editor's
 * backup, a download that did not finish), which are never meant to be published: they are left
 * out of the site with a warning, rather than copied without a word. Hidden files (.DS_Store,
 * vim's .x.swp) and names ending in '~' are not among them: the content walk passes over those
 * silently, as the guide says.
 */
final class LeftoverFiles {
  /** A name, or an ending of names, and what leaves such files. */
  private record Kind(String name, String what) {}

  /** Whole names, compared ignoring case as Windows does. */
  private static final List<Kind> NAMES = List.of(
      new Kind("thumbs.db", "a thumbnail cache that Windows makes"),
      new Kind("ehthumbs.db", "a thumbnail cache that Windows makes"),
      new Kind("desktop.ini", "a folder's settings that Windows makes"));

  /** Endings, compared ignoring case. */
  private static final List<Kind> ENDINGS = List.of(
      new Kind(".bak", "a backup copy"),
      new Kind(".swp", "an editor's swap file"),
      new Kind(".swo", "an editor's swap file"),
      new Kind(".tmp", "a temporary file"),
      new Kind(".orig", "a copy left by a merge or a patch"),
      new Kind(".rej", "a copy left by a merge or a patch"),
      new Kind(".crdownload", "a download that did not finish"),
      new Kind(".part", "a download that did not finish"));

  private LeftoverFiles() {}

  /** What left a file named {@code name}, e.g. "a backup copy"; empty for a file of the course. */
  static Optional<String> whatLeft(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Kind kind : NAMES) {
      if (lower.equals(kind.name())) {
        return Optional.of(kind.what());
      }
    }
    for (Kind kind : ENDINGS) {
      if (lower.endsWith(kind.name()) && lower.length() > kind.name().length()) {
        return Optional.of(kind.what());
      }
    }
    return Optional.empty();
  }
}
