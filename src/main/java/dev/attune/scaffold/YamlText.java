package dev.attune.scaffold;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text written as a YAML value that reads back as exactly that text. */
final class YamlText {
  /** Words, common punctuation and paths, starting with a letter, a digit or '.': safe unquoted in YAML. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}.][\\p{L}\\p{M}\\p{N} ,.'’()?!&/_\\-–—]*(?<! )");
  /** Words YAML would read as true, false or nothing. */
  private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", ".inf", ".nan");

  private YamlText() {}

  /**
   * {@code text} as a YAML scalar: as it is when it is plain words ({@code Active listening}),
   * otherwise in double quotes with {@code "} and {@code \} escaped ({@code "Ser: o quê?"}).
   * The text is one line without control characters.
   */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches() && !SPECIAL.contains(text.toLowerCase(Locale.ROOT)) && !text.chars().allMatch(Character::isDigit)) {
      return text;
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
