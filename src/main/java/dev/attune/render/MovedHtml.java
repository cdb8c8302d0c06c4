package dev.attune.render;

import dev.attune.model.Html;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of a page shown somewhere else too: an instructor note on the facilitator page beside
 * other lessons' notes, a solution again in the print appendix. Its ids get a prefix so that they
 * stay unique where it is shown, and its links to those ids follow them.
 */
final class MovedHtml {
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
  private static final Pattern FRAGMENT_LINK = Pattern.compile(" href=\"#([^\"]+)\"");

  private MovedHtml() {}

  static Html withIdPrefix(Html html, String prefix) {
    Set<String> ids = new HashSet<>();
    Matcher m = ID.matcher(html.value());
    while (m.find()) {
      ids.add(m.group(1));
    }
    if (ids.isEmpty()) {
      return html;
    }
    String renamed = ID.matcher(html.value()).replaceAll(r -> Matcher.quoteReplacement(" id=\"" + prefix + r.group(1) + "\""));
    renamed = FRAGMENT_LINK.matcher(renamed).replaceAll(r -> Matcher.quoteReplacement(
        " href=\"#" + (ids.contains(r.group(1)) ? prefix : "") + r.group(1) + "\""));
    return new Html(renamed);
  }
}
