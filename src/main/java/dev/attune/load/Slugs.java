package dev.attune.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns file names like {@code 01-what-is-mutual-empathy.md} into an order (1) and an address slug.
 * Public so that {@code attune new} names the files it makes by the same rule the loader reads them.
 */
public final class Slugs {
  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})[-_. ]+(.*)$");

  private Slugs() {}

  /** The file name without its extension. */
  public static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** The numeric prefix of a name, if it has one. */
  public static OptionalInt order(String name) {
    Matcher m = ORDERED.matcher(stem(name));
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * The slug: the name without number and extension, made by {@link #slugify}; empty when that
   * part has no letter or digit ({@code 04-🙂.md}).
   */
  public static String slug(String name) {
    String stem = stem(name);
    Matcher m = ORDERED.matcher(stem);
    String rest = m.matches() && !m.group(2).isEmpty() ? m.group(2) : stem;
    return slugify(rest);
  }

  /**
   * Letters and digits of any script, lower-case, in Unicode NFC, with every run of anything else
   * turned into one '-': "Привет, мир" → "привет-мир", "日本語" → "日本語". Latin letters lose
   * their accents ("Café: o que é?" → "cafe-o-que-e"), as they always have, so the addresses of
   * existing courses do not change; the marks of other scripts are part of their letters (Hindi's
   * vowel signs, the Japanese voicing mark) and are kept. Compatibility forms are unfolded first
   * ("ﬁ" → "fi", full-width "Ａ" → "a"). Empty when {@code text} has no letter or digit.
   */
  public static String slugify(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder(decomposed.length());
    boolean afterOtherScript = false; // the character before is a letter or digit of a script other than Latin (or common digits)
    boolean dash = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (isMark(c)) {
        if (afterOtherScript) {
          slug.appendCodePoint(c);
        }
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        dash = false;
        slug.appendCodePoint(c);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        afterOtherScript = script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON;
      } else {
        dash = true;
        afterOtherScript = false;
      }
    }
    return Normalizer.normalize(slug.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }
}
