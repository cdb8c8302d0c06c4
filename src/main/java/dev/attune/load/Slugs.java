package dev.attune.load;

import dev.attune.model.Ids;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns file names like {@code 01-what-is-it.md} into an order (1) and a URL slug. */
final class Slugs {
  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})[-_. ]+(.*)$");

  private Slugs() {}

  /** The file name without its extension. */
  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** The numeric prefix of a name, if it has one. */
  static OptionalInt order(String name) {
    Matcher m = ORDERED.matcher(stem(name));
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /** The slug: the name without prefix and extension, lower-case, words joined by '-'. */
  static String slug(String name) {
    String stem = stem(name);
    Matcher m = ORDERED.matcher(stem);
    String rest = m.matches() && !m.group(2).isEmpty() ? m.group(2) : stem;
    return slugify(rest);
  }

  static String slugify(String text) {
    return Ids.slugify(text);
  }
}
