package dev.attune.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Checks and normalizes the address a site is published at. */
public final class BaseUrl {
  private BaseUrl() {}

  /** An http(s) URL ending in '/', or empty for an empty input. */
  public static String normalize(String url) {
    String trimmed = url.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }

  /** Why {@code url} is not a usable base URL, or empty when it is. */
  public static Optional<String> problem(String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return Optional.of("'" + url + "' is not an http:// or https:// address");
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        return Optional.of("'" + url + "' must not have a query (?) or fragment (#)");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("'" + url + "' is not a valid address: " + e.getReason());
    }
  }
}
