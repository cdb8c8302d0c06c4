package dev.attune.serve;

import dev.attune.model.Urls;
import dev.attune.pipeline.MemorySite;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps request paths to the files of a built site the way a static host does. */
final class SitePaths {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("xml", "application/xml"));

  private SitePaths() {}

  /** What a request for {@code path} gets. */
  sealed interface Answer {}

  /** @param path the file's path in the site */
  record Found(String path, MemorySite.File file) implements Answer {}

  /**
   * A folder asked for without its trailing slash: relative links need the slash.
   *
   * @param location a path of this site: one '/' and then a name; never {@code //} or {@code /\},
   *     which a browser would take for the start of another host's address
   */
  record Redirect(String location) implements Answer {
    Redirect {
      if (!location.startsWith("/") || location.startsWith("//") || location.indexOf('\\') >= 0) {
        throw new IllegalArgumentException("not a path of this site: " + location);
      }
    }
  }

  record NotFound() implements Answer {}

  /**
   * @param requestPath the decoded path of the request, starting with '/'. Only names the site
   *     holds are answered: a '..' or '.' segment, an empty one ("//"), a backslash, or anything
   *     else the site does not hold, is not found.
   */
  static Answer resolve(MemorySite site, String requestPath) {
    String path = requestPath.isEmpty() ? "/" : requestPath;
    if (!path.startsWith("/") || path.contains("\\")) {
      return new NotFound();
    }
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (segments[i].equals(".") || segments[i].equals("..") || segments[i].isEmpty() && !last) {
        return new NotFound();
      }
    }
    String key = path.substring(1);
    if (key.isEmpty() || key.endsWith("/")) {
      key += "index.html";
    }
    Optional<MemorySite.File> file = site.get(key);
    if (file.isPresent()) {
      return new Found(key, file.get());
    }
    if (site.get(key + "/index.html").isPresent()) {
      // Percent-encoded, so no text of the request reaches the Location header as it was sent.
      return new Redirect("/" + Urls.encode(key) + "/");
    }
    return new NotFound();
  }

  static String contentType(String path) {
    int dot = path.lastIndexOf('.');
    String extension = dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(TYPES.get(extension)).orElse("application/octet-stream");
  }
}
