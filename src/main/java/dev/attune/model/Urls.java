package dev.attune.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Site-relative addresses. Pages link to each other with relative URLs so that a site works
 * from any sub-path of any static host; this computes them.
 *
 * <p>The model keeps every address as the path of its file in the site, as it is written on disk
 * ({@code assets/a b#1.svg}, {@code lessons/日本語/}); what goes into HTML is percent-encoded
 * ({@code assets/a%20b%231.svg}), so that a space, '#', '?', '%' or a letter of any script in a
 * file name cannot change what the address means.
 */
public final class Urls {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Urls() {}

  /**
   * The relative URL from the page at {@code from} to {@code to}, percent-encoded. Both are
   * site-relative paths as on disk; a page address ends in '/' ({@code lessons/a/}) or names a
   * file ({@code 404.html}).
   */
  public static String relative(String from, String to) {
    // Every page of a site computes this for every link in its outline, so no lists, no splitting.
    int fromDirEnd = from.lastIndexOf('/') + 1;
    int toDirEnd = to.lastIndexOf('/') + 1;
    int common = 0;
    for (int i = 0; i < fromDirEnd && i < toDirEnd && from.charAt(i) == to.charAt(i); i++) {
      if (from.charAt(i) == '/') {
        common = i + 1;
      }
    }
    int up = 0;
    for (int i = common; i < fromDirEnd; i++) {
      if (from.charAt(i) == '/') {
        up++;
      }
    }
    if (up == 0 && common == to.length()) {
      return "./";
    }
    StringBuilder out = new StringBuilder(3 * up + to.length() - common);
    for (int i = 0; i < up; i++) {
      out.append("../");
    }
    return encode(out.append(to, common, to.length()).toString());
  }

  /** The prefix that leads from the page at {@code from} to the site root ("" or "../../"). */
  public static String root(String from) {
    return "../".repeat(segments(from.substring(0, from.lastIndexOf('/') + 1)).size());
  }

  /**
   * {@code path} percent-encoded for use in a URL: every character but ASCII letters, digits,
   * '/' and {@code -._~!$&'()*+,;=@} is written as the %XX of its UTF-8 bytes. ':' is encoded
   * too, so that a file name like {@code a:b.svg} is not read as the address scheme {@code a:}.
   * Also right for a fragment ({@code #…}).
   */
  public static String encode(String path) {
    int i = 0;
    while (i < path.length() && isSafe(path.charAt(i))) {
      i++;
    }
    if (i == path.length()) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() + 16).append(path, 0, i);
    for (byte b : path.substring(i).getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && isSafe(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} with every %XX read as a byte of UTF-8, the way a browser reads an address; a '%'
   * that does not start %XX stays as it is ({@code 50%.svg}), and bytes that are not UTF-8 become
   * U+FFFD. '+' is not a space in a path.
   */
  public static String decode(String text) {
    int percent = text.indexOf('%');
    if (percent < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, percent);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = percent; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else {
        out.append(bytes.toString(StandardCharsets.UTF_8)).append(c);
        bytes.reset();
      }
    }
    return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
  }

  private static int hex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
  }

  private static boolean isSafe(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-._~!$&'()*+,;=@".indexOf(c) >= 0;
  }

  private static List<String> segments(String dir) {
    return dir.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(dir.substring(0, dir.length() - 1).split("/")));
  }
}
