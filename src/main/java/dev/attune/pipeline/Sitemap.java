package dev.attune.pipeline;

import dev.attune.model.Html;
import dev.attune.model.Urls;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code sitemap.xml} for search engines; only made when the course has a base URL. */
final class Sitemap {
  private Sitemap() {}

  /** @param urls the site's pages' addresses, in course order */
  static byte[] of(String baseUrl, List<String> urls) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String url : urls) {
      if (url.endsWith(".html") && !url.endsWith("index.html")) {
        continue;
      }
      xml.append("  <url><loc>").append(Html.escape(baseUrl + Urls.encode(url))).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}
