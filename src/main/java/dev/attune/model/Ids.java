package dev.attune.model;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Identifiers and URL slugs made from text, the same way on every machine. */
public final class Ids {
  private Ids() {}

  /** Lower-case ASCII words joined by '-': "Café: o que é?" → "cafe-o-que-e"; never empty. */
  public static String slugify(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "page" : slug;
  }

  /** A slug of at most {@code words} words, for ids derived from a sentence. */
  public static String slugOfWords(String text, int words) {
    String[] parts = slugify(text).split("-");
    return String.join("-", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
  }

  /**
   * An id for text in any script, such as an address: its {@link #slugify slug}, with a
   * fingerprint of the text added when the text is not all ASCII, so that "日本語" and "한국어"
   * (both "page" as ASCII) stay apart.
   */
  public static String ofAnyScript(String text) {
    String id = slugify(text);
    return text.chars().allMatch(c -> c < 0x80) ? id : id + "-" + fingerprint(text);
  }

  /** Whether an author's id is usable: lower-case letters and digits in words joined by '-'. */
  public static boolean isValid(String id) {
    // A loop rather than the regular expression [a-z0-9]+(-[a-z0-9]+)*, which recurses once a
    // word and overflowed the stack on an id of a few thousand words.
    boolean afterWord = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        afterWord = true;
      } else if (c == '-' && afterWord) {
        afterWord = false;
      } else {
        return false;
      }
    }
    return afterWord;
  }

  /** A short, stable fingerprint of {@code text} (8 hex digits of its SHA-256). */
  public static String fingerprint(String text) {
    byte[] digest = Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 4);
  }
}
