package dev.attune.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The addresses a piece of raw HTML names, as written: {@code href}, {@code src}, {@code poster}
 * and each address of a {@code srcset}. They are published as written, not resolved like
 * Markdown links, so this is how the build learns which files such HTML uses.
 */
final class RawHtmlAddresses {
  private static final Set<String> ADDRESSES = Set.of("href", "src", "poster");

  private RawHtmlAddresses() {}

  static List<String> of(String piece) {
    if (piece.indexOf('=') < 0) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    for (Element element : Jsoup.parseBodyFragment(piece).getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (ADDRESSES.contains(name)) {
          found.add(attribute.getValue().strip());
        } else if (name.equals("srcset")) {
          for (String candidate : attribute.getValue().split(",")) {
            String[] words = candidate.strip().split("\\s+");
            if (!words[0].isEmpty()) {
              found.add(words[0]);
            }
          }
        }
      }
    }
    return found;
  }
}
