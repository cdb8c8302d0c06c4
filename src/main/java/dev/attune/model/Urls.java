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
    List<String> fromDir = segments(from.substring(0, from.lastIndexOf('/') + 1));
    int toDirEnd = to.lastIndexOf('/') + 1;
    List<String> toDir = segments(to.substring(0, toDirEnd));
    String toFile = to.substring(toDirEnd);
    int common = 0;
    while (common < fromDir.size() && common < toDir.size() && fromDir.get(common).equals(toDir.get(common))) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < fromDir.size(); i++) {
      out.append("../");
    }
    for (int i = common; i < toDir.size(); i++) {
      out.append(toDir.get(i)).append('/');
    }
    out.append(toFile);
    return out.length() == 0 ? "./" : out.toString();
  }

  /** The prefix that leads from the page at {@code from} to the site root ("" or "../../"). */
  public static String root(String from) {
    return "../".repeat(segments(from.substring(0, from.lastIndexOf('/') + 1)).size());
  }

  private static List<String> segments(String dir) {
    return dir.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(dir.substring(0, dir.length() - 1).split("/")));
  }
}
