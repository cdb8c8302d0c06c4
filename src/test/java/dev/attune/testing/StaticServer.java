package dev.attune.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plain static host for browser tests, serving a built site the way a production host would,
 * with a strict Content-Security-Policy so that any inline script or outside request fails.
 */
public final class StaticServer implements AutoCloseable {
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'";
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
      "js", "text/javascript", "svg", "image/svg+xml", "json", "application/json", "pdf", "application/pdf", "woff2", "font/woff2");

  private final HttpServer server;

  public StaticServer(Path root) throws IOException {
    this(root, true);
  }

  /** @param policyHeader whether to send {@link #CSP} as a header; without it, only what the pages declare holds */
  public StaticServer(Path root, boolean policyHeader) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          file = root.resolve("404.html");
          status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        if (policyHeader) {
          exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  /** The address of {@code path} (site-relative, e.g. "lessons/a/"). */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
