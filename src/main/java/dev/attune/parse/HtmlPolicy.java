package dev.attune.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The HTML a course may publish without {@code raw_html: trusted}: what Markdown itself makes
 * (so a page that mixes both keeps all of its own markup), formatting, tables, {@code kbd},
 * {@code details} and media from the course itself. Nothing that runs code, loads from another
 * site or changes the page around the lesson. One policy answers both questions: whether jsoup's
 * {@link org.jsoup.safety.Cleaner} keeps a node, and why it does not (for the author's warning).
 */
final class HtmlPolicy extends Safelist {
  private static final Set<String> ELEMENTS = Set.of(
      "a", "abbr", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code",
      "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p",
      "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary",
      "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var", "video", "wbr");

  /** Elements whose whole point is code, or whose content is code: named in the warning as such. */
  private static final Set<String> SCRIPTING = Set.of("script", "noscript", "template", "iframe", "frame", "frameset",
      "object", "embed", "applet", "svg", "math", "portal");

  private static final Set<String> GLOBAL = Set.of("class", "id", "title", "lang", "dir", "role", "hidden", "translate");

  private static final Map<String, Set<String>> BY_ELEMENT = Map.ofEntries(
      Map.entry("a", Set.of("href", "hreflang", "rel", "target")),
      Map.entry("img", Set.of("src", "alt", "width", "height", "loading", "decoding")),
      Map.entry("video", Set.of("src", "poster", "controls", "width", "height", "loop", "muted", "playsinline", "preload")),
      Map.entry("audio", Set.of("src", "controls", "loop", "muted", "preload")),
      Map.entry("source", Set.of("src", "type", "media")),
      Map.entry("track", Set.of("src", "kind", "srclang", "label", "default")),
      Map.entry("td", Set.of("align", "colspan", "rowspan", "headers")),
      Map.entry("th", Set.of("align", "colspan", "rowspan", "headers", "scope", "abbr")),
      Map.entry("col", Set.of("span")),
      Map.entry("colgroup", Set.of("span")),
      Map.entry("ol", Set.of("start", "reversed", "type")),
      Map.entry("li", Set.of("value")),
      Map.entry("details", Set.of("open")),
      Map.entry("time", Set.of("datetime")),
      Map.entry("blockquote", Set.of("cite")),
      Map.entry("q", Set.of("cite")),
      Map.entry("del", Set.of("cite", "datetime")),
      Map.entry("ins", Set.of("cite", "datetime")),
      Map.entry("input", Set.of("type", "checked", "disabled")),
      Map.entry("bdo", Set.of("dir")));

  /** Attributes holding an address, and whether the page fetches it or a learner follows it. */
  private static final Map<String, SafeUrls.Use> URLS = Map.of(
      "href", SafeUrls.Use.LINK,
      "cite", SafeUrls.Use.LINK,
      "src", SafeUrls.Use.MEDIA,
      "poster", SafeUrls.Use.MEDIA);

  static final HtmlPolicy INSTANCE = new HtmlPolicy();

  private HtmlPolicy() {}

  @Override
  public boolean isSafeTag(String tag) {
    return ELEMENTS.contains(tag);
  }

  @Override
  public boolean isSafeAttribute(String tag, Element element, Attribute attribute) {
    return problem(tag, attribute.getKey(), attribute.getValue()).isEmpty();
  }

  /** An input that is not a check box: removed whole, since without its type it would still be a text box. */
  static boolean isFormField(Element element) {
    return element.normalName().equals("input") && !element.attr("type").equalsIgnoreCase("checkbox");
  }

  /** Why {@code element} is removed; empty when it is kept (perhaps without some attributes). */
  Optional<String> problem(Element element) {
    String tag = element.normalName();
    if (isFormField(element)) {
      return Optional.of("'<input type=\"" + element.attr("type") + "\">' was removed: a lesson's only form fields are"
          + " the check boxes of a task list ('- [ ] task'); use a quiz or a worksheet to ask for answers");
    }
    if (ELEMENTS.contains(tag)) {
      return Optional.empty();
    }
    if (SCRIPTING.contains(tag) || tag.equals("style") || tag.equals("link") || tag.equals("meta") || tag.equals("base")) {
      return Optional.of("'<" + tag + ">' was removed: it would run code, load from elsewhere or change the page around the lesson");
    }
    return Optional.of("'<" + tag + ">' was removed: it is not part of the HTML a lesson may use (its text is kept)");
  }

  /** Why the attribute {@code name="value"} is removed from {@code <tag>}; empty when it is kept. */
  Optional<String> problem(String tag, String name, String value) {
    String key = name.toLowerCase(Locale.ROOT);
    String where = "'" + key + "' on '<" + tag + ">'";
    if (key.startsWith("on")) {
      return Optional.of(where + " was removed: event handlers run code in the learner's browser");
    }
    if (GLOBAL.contains(key) || key.startsWith("aria-")) {
      return Optional.empty();
    }
    if (!BY_ELEMENT.getOrDefault(tag, Set.of()).contains(key)) {
      return Optional.of(where + " was removed: " + (key.equals("style")
          ? "inline styles are blocked by the pages' Content-Security-Policy; use a class and a template override"
          : "it is not an attribute a lesson may use here"));
    }
    if (tag.equals("input") && key.equals("type") && !value.equalsIgnoreCase("checkbox")) {
      return Optional.of(where + " was removed: only check boxes (as in '- [ ] task') may appear in a lesson");
    }
    SafeUrls.Use use = URLS.get(key);
    if (use != null) {
      return SafeUrls.problem(value, use).map(why -> "the address '" + SafeUrls.shown(value) + "' in " + where + " was removed: " + why);
    }
    return Optional.empty();
  }
}
