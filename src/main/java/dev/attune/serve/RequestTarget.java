package dev.attune.serve;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path a request asks for, decoded once and strictly. The JDK's own decoding ({@link
 * URI#getPath()}) turns bytes that are not UTF-8 into U+FFFD and passes NUL and other control
 * characters through, so two different requests could name the same file and a NUL could reach
 * the file lookup; here such requests are malformed instead.
 */
final class RequestTarget {
  /** Longer request targets are refused; no page of a course has an address anywhere near this. */
  static final int MAX_LENGTH = 8192;

  private RequestTarget() {}

  /** What a request target turned out to be. */
  sealed interface Parsed {}

  /**
   * @param path the decoded path, starting with '/'
   * @param authority the host (and port) named in an absolute-form target ({@code GET
   *     http://host/path}), which stands in for the Host header; empty for the usual {@code GET /path}
   */
  record Valid(String path, Optional<String> authority) implements Parsed {}

  /** @param reason what is wrong, in words for the person who sent it */
  record Malformed(String reason) implements Parsed {}

  /** @param target the request target as the JDK parsed it from the request line */
  static Parsed parse(URI target) {
    // toString() gives back the text as it was sent, before the JDK decoded anything.
    String raw = target.toString();
    if (raw.length() > MAX_LENGTH) {
      return new Malformed("the address is longer than " + MAX_LENGTH + " characters");
    }
    Optional<String> authority = Optional.empty();
    if (target.isAbsolute()) {
      if (!"http".equalsIgnoreCase(target.getScheme()) || target.getRawAuthority() == null) {
        return new Malformed("only http:// addresses are served");
      }
      authority = Optional.of(target.getRawAuthority());
      String rawPath = target.getRawPath();
      raw = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    } else {
      int end = indexOfAny(raw, '?', '#');
      raw = end < 0 ? raw : raw.substring(0, end);
    }
    if (!raw.startsWith("/")) {
      return new Malformed("the address must start with '/'");
    }
    Optional<String> path = decode(raw);
    if (path.isEmpty()) {
      return new Malformed("the address is not valid percent-encoded UTF-8");
    }
    if (path.get().chars().anyMatch(Character::isISOControl)) {
      return new Malformed("the address holds a control character (such as %00)");
    }
    return new Valid(path.get(), authority);
  }

  /** Percent-decodes {@code raw} as UTF-8; empty when an escape or the bytes are invalid. */
  private static Optional<String> decode(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.put((byte) (high * 16 + low));
        i += 2;
      } else if (c <= 0xFF) {
        // The JDK reads the request line as ISO-8859-1, so a raw byte arrives as the char of that value.
        bytes.put((byte) c);
      } else {
        return Optional.empty();
      }
    }
    bytes.flip();
    try {
      CharBuffer text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return Optional.of(text.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int indexOfAny(String text, char a, char b) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == a || text.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }
}
