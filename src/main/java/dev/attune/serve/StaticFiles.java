package dev.attune.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps request paths to files of a built site the way a static host does. */
final class StaticFiles {
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
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("xml", "application/xml"));

  private StaticFiles() {}

  /** What a request for {@code path} gets. */
  sealed interface Answer {}

  record Found(Path file) implements Answer {}

  /** A folder asked for without its trailing slash: relative links need the slash. */
  record Redirect(String location) implements Answer {}

  record NotFound() implements Answer {}

  static Answer resolve(Path site, String requestPath) {
    String path = requestPath.isEmpty() ? "/" : requestPath;
    Path target = site.resolve(path.substring(1)).normalize();
    if (!target.startsWith(site)) {
      return new NotFound();
    }
    if (Files.isDirectory(target)) {
      if (!path.endsWith("/")) {
        return new Redirect(path + "/");
      }
      target = target.resolve("index.html");
    }
    return Files.isRegularFile(target) ? new Found(target) : new NotFound();
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(TYPES.get(extension)).orElse("application/octet-stream");
  }
}
