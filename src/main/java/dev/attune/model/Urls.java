package dev.attune.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Site-relative addresses. Pages link to each other with relative URLs so that a site works
 * from any sub-path of any static host; this computes them.
 */
public final class Urls {
  private Urls() {}

  /**
   * The relative URL from the page at {@code from} to {@code to}. Both are site-relative;
   * a page address ends in '/' ({@code lessons/a/}) or names a file ({@code 404.html}).
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
    return out.append(to, common, to.length()).toString();
  }

  /** The prefix that leads from the page at {@code from} to the site root ("" or "../../"). */
  public static String root(String from) {
    return "../".repeat(segments(from.substring(0, from.lastIndexOf('/') + 1)).size());
  }

  private static List<String> segments(String dir) {
    return dir.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(dir.substring(0, dir.length() - 1).split("/")));
  }
}
