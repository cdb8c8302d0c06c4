package dev.attune.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a built site as a browser would and lists everything in it that could run code or reach
 * another host: written apart from the build's own sanitiser, so that a mistake in one is not
 * repeated in the other.
 */
public final class SiteSafety {
  public static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
  private static final Set<String> FETCHED = Set.of("src", "poster", "srcset", "data", "background", "codebase", "archive", "lowsrc", "dynsrc");
  private static final Set<String> ADDRESSES = Set.of("href", "action", "formaction", "cite", "xlink:href", "ping", "longdesc", "manifest");
  private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "base", "form",
      "style", "svg", "math", "template", "noscript", "portal");

  private SiteSafety() {}

  /** Every problem in every HTML page of {@code site}, as "page: what". */
  public static List<String> problems(Path site) {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        String page = site.relativize(file).toString();
        for (String problem : problems(Files.readString(file))) {
          problems.add(page + ": " + problem);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** What is wrong with one page. */
  public static List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    Document page = Jsoup.parse(html);
    List<Element> policies = page.select("meta[http-equiv=Content-Security-Policy]");
    if (policies.size() != 1 || !policies.get(0).attr("content").equals(POLICY)) {
      problems.add("declares no (or another) Content-Security-Policy: " + policies);
    } else if (policies.get(0).elementSiblingIndex() > 1) {
      problems.add("the Content-Security-Policy comes after other elements of the head");
    }
    int themeScripts = 0;
    for (Element element : page.getAllElements()) {
      String tag = element.normalName();
      if (tag.equals("script")) {
        if (element.attr("type").equals("application/json")) {
          try {
            new ObjectMapper().readTree(element.data());
          } catch (IOException e) {
            problems.add("a data block is not JSON: " + e.getMessage());
          }
        } else if (element.attr("src").matches("(/|(\\.\\./)*)theme/js/[a-z-]+\\.js") && element.data().isEmpty()) {
          themeScripts++;
        } else {
          problems.add("a script that is not the theme's: " + element.outerHtml());
        }
        continue;
      }
      if (FORBIDDEN.contains(tag)) {
        problems.add("a <" + tag + "> element");
      }
      if (tag.equals("meta") && element.hasAttr("http-equiv") && !element.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
        problems.add("a <meta http-equiv>: " + element.outerHtml());
      }
      if (tag.equals("link") && !Set.of("stylesheet", "canonical").contains(element.attr("rel"))) {
        problems.add("a <link>: " + element.outerHtml());
      }
      if (tag.equals("input") && !element.attr("type").equals("checkbox") && !element.attr("type").equals("file")
          && !element.attr("type").equals("radio") && !element.attr("type").equals("text") && !element.attr("type").equals("range")) {
        problems.add("an <input> of type '" + element.attr("type") + "'");
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = asBrowserReads(attribute.getValue());
        String scheme = scheme(value);
        if (name.startsWith("on")) {
          problems.add("an event handler: " + name + " on <" + tag + ">");
        } else if (name.equals("style")) {
          problems.add("an inline style on <" + tag + ">");
        } else if (FETCHED.contains(name)) {
          boolean dataImage = tag.equals("img") && name.equals("src") && value.toLowerCase(Locale.ROOT).startsWith("data:image/");
          if (!dataImage && (!scheme.isEmpty() || value.startsWith("//") || value.startsWith("/\\") || value.startsWith("\\"))) {
            problems.add("<" + tag + " " + name + "> fetches '" + value + "'");
          }
        } else if (ADDRESSES.contains(name) && !scheme.isEmpty() && !Set.of("http", "https", "mailto", "tel").contains(scheme)) {
          problems.add("<" + tag + " " + name + "> goes to '" + value + "'");
        }
      }
    }
    if (themeScripts == 0) {
      problems.add("the theme's scripts are missing, or something stopped them being read as scripts");
    }
    return problems;
  }

  private static String asBrowserReads(String value) {
    return value.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
  }

  private static String scheme(String url) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):").matcher(url);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }
}
