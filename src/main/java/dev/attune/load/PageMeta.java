package dev.attune.load;

import java.util.List;
import java.util.OptionalInt;

/**
 * A standalone page's front matter.
 *
 * @param menu whether the page is linked from every page's navigation
 */
public record PageMeta(String title, String summary, boolean draft, OptionalInt weight, boolean menu) {
  /** The keys a page's front matter may have. */
  public static final List<String> KEYS = List.of("title", "summary", "draft", "weight", "menu");
}
