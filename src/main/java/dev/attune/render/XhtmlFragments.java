package dev.attune.render;

import dev.attune.model.Html;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML rendered from Markdown into XHTML for the PDF templates. Markdown output is nearly
 * XHTML already; what differs is named entities (XML knows only five), unclosed void elements
 * and attributes without values, which authors' raw HTML may contain.
 */
final class XhtmlFragments {
  private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
  private static final Pattern VOID = Pattern.compile("<(br|hr|img|input|col|wbr|source|area)(\\s[^<>]*?)?\\s*(?<!/)>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_ATTRIBUTE = Pattern.compile("(<[a-zA-Z][^<>]*?\\s)(checked|disabled|readonly|selected|hidden|open)(?=[\\s/>])");
  private static final Map<String, Integer> ENTITIES = Map.ofEntries(
      Map.entry("nbsp", 0xA0), Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014), Map.entry("hellip", 0x2026),
      Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D),
      Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB), Map.entry("copy", 0xA9), Map.entry("reg", 0xAE),
      Map.entry("trade", 0x2122), Map.entry("middot", 0xB7), Map.entry("bull", 0x2022), Map.entry("times", 0xD7),
      Map.entry("divide", 0xF7), Map.entry("deg", 0xB0), Map.entry("euro", 0x20AC), Map.entry("pound", 0xA3),
      Map.entry("sect", 0xA7), Map.entry("para", 0xB6), Map.entry("rarr", 0x2192), Map.entry("larr", 0x2190),
      Map.entry("harr", 0x2194), Map.entry("minus", 0x2212), Map.entry("shy", 0xAD), Map.entry("zwj", 0x200D));
  private static final Map<String, String> XML = Map.of("amp", "&amp;", "lt", "&lt;", "gt", "&gt;", "quot", "&quot;", "apos", "&apos;");

  private XhtmlFragments() {}

  static Html of(Html html) {
    return html.isEmpty() ? html : new Html(convert(html.value()));
  }

  static String convert(String html) {
    Matcher entity = ENTITY.matcher(html);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String replacement = XML.containsKey(name) ? XML.get(name)
          : ENTITIES.containsKey(name) ? "&#" + ENTITIES.get(name) + ";" : entity.group();
      entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    entity.appendTail(out);
    String closed = VOID.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
        "<" + m.group(1) + (m.group(2) == null ? "" : m.group(2)) + "/>"));
    return BARE_ATTRIBUTE.matcher(closed).replaceAll("$1$2=\"$2\"");
  }
}
