package dev.attune.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which addresses a course's links and media may use. Browsers ignore tabs and line breaks
 * anywhere in an address and control characters and spaces around it, and schemes are
 * case-insensitive, so an address is judged as a browser will read it, not as it is spelled.
 */
final class SafeUrls {
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
  private static final Pattern DATA_IMAGE = Pattern.compile("^data:image/[a-z0-9.+\\-]+[;,]", Pattern.CASE_INSENSITIVE);

  /** What an address is for: followed when a learner clicks it, or fetched when the page loads. */
  enum Use { LINK, MEDIA }

  private SafeUrls() {}

  /** Why {@code url} must not be used as {@code use}; empty when it may. */
  static Optional<String> problem(String url, Use use) {
    String read = asBrowserReads(url);
    Matcher scheme = SCHEME.matcher(read);
    if (use == Use.LINK) {
      if (!scheme.find() || LINK_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      return Optional.of("'" + scheme.group(1).toLowerCase(Locale.ROOT) + ":' addresses can run code or open what is not part of the course;"
          + " links may use http:, https:, mailto:, tel: or a path inside the course");
    }
    if (scheme.find()) {
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("data") && DATA_IMAGE.matcher(read).find()) {
        return Optional.empty();
      }
      return Optional.of(name.equals("http") || name.equals("https")
          ? "it would be fetched from another site, and the course's pages make no outside requests"
          : "'" + name + ":' addresses cannot be used for images and media; use a file inside the course");
    }
    if (read.startsWith("//") || read.startsWith("\\\\") || read.startsWith("/\\") || read.startsWith("\\/")) {
      return Optional.of("it would be fetched from another site, and the course's pages make no outside requests");
    }
    return Optional.empty();
  }

  /** {@code url} as a message shows it: as a browser reads it, with other controls made visible, and not too long. */
  static String shown(String url) {
    String read = asBrowserReads(url).replaceAll("\\p{Cntrl}", "\uFFFD");
    return read.length() <= 60 ? read : read.substring(0, 57) + "...";
  }

  /** {@code url} without what a browser drops: tabs and line breaks anywhere, controls and spaces around it. */
  static String asBrowserReads(String url) {
    StringBuilder kept = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        kept.append(c);
      }
    }
    int start = 0;
    int end = kept.length();
    while (start < end && kept.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && kept.charAt(end - 1) <= ' ') {
      end--;
    }
    return kept.substring(start, end);
  }
}
