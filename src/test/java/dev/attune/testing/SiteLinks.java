package dev.attune.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every relative link and resource in a built site the way a static host would, and
 * lists the ones that lead nowhere (a missing file, or a missing #anchor).
 */
public final class SiteLinks {
  private SiteLinks() {}

  public static List<String> broken(Path site) {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        if (page.getFileName().toString().equals("404.html")) {
          continue; // served at any address, so its links are root-based by design
        }
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        for (Element element : doc.select("[href], [src]")) {
          String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
          check(site, page, doc, url).ifPresent(problem -> broken.add(site.relativize(page) + ": " + url + " (" + problem + ")"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return broken;
  }

  private static java.util.Optional<String> check(Path site, Path page, Document doc, String url) throws IOException {
    if (url.isEmpty()) {
      return java.util.Optional.of("empty");
    }
    URI uri = URI.create(url.replace(" ", "%20"));
    if (uri.getScheme() != null || url.startsWith("//")) {
      return java.util.Optional.empty();
    }
    if (url.startsWith("/")) {
      return java.util.Optional.of("root-relative");
    }
    Path target = page.getParent();
    // Percent-decoded as a browser does ('+' stays '+', unlike URLDecoder's form decoding).
    String path = uri.getPath() == null ? "" : uri.getPath();
    Document targetDoc = doc;
    if (!path.isEmpty()) {
      target = page.getParent().resolve(path).normalize();
      if (!target.startsWith(site)) {
        return java.util.Optional.of("outside the site");
      }
      if (Files.isDirectory(target)) {
        target = target.resolve("index.html");
      }
      if (!Files.isRegularFile(target)) {
        return java.util.Optional.of("missing file");
      }
      targetDoc = target.toString().endsWith(".html") ? Jsoup.parse(target.toFile(), "UTF-8") : null;
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && targetDoc != null && targetDoc.getElementById(fragment) == null) {
      return java.util.Optional.of("missing anchor");
    }
    return java.util.Optional.empty();
  }
}
