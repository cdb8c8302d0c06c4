package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTargetTest {
  private static RequestTarget.Parsed parse(String target) {
    return RequestTarget.parse(URI.create(target));
  }

  private static String path(String target) {
    return ((RequestTarget.Valid) parse(target)).path();
  }

  private static String malformed(String target) {
    return ((RequestTarget.Malformed) parse(target)).reason();
  }

  @Test
  void decodesOnceAndLeavesTheQueryOut() {
    assertEquals("/lessons/first-steps/", path("/lessons/first-steps/"));
    assertEquals("/caf\u00e9 menu/", path("/caf%C3%A9%20menu/?x=%00#top"));
    assertEquals("/%2e%2e/etc", path("/%252e%252e/etc"), "a double encoding stays encoded once");
    assertEquals("/\\evil.example/..", path("/%5Cevil.example%2F.."), "SitePaths refuses what this lets through");
  }

  @Test
  void rawBytesAreUtf8Too() {
    // The JDK reads the request line as ISO-8859-1: the raw bytes of "é" arrive as two chars.
    assertEquals("/caf\u00e9", path("/caf\u00c3\u00a9"));
    assertEquals("the address is not valid percent-encoded UTF-8", malformed("/\u00ff"));
  }

  @Test
  void aPathThatLooksLikeAnAuthorityStaysAPath() {
    // new URI("//evil.example/x") reads evil.example as a host and "/x" as the path.
    assertEquals("//evil.example/x", path("//evil.example/x"));
  }

  @Test
  void theAbsoluteFormNamesItsHost() {
    RequestTarget.Valid valid = (RequestTarget.Valid) parse("http://127.0.0.1:8000/a%20b?q");
    assertEquals("/a b", valid.path());
    assertEquals(Optional.of("127.0.0.1:8000"), valid.authority());
    assertEquals(Optional.empty(), ((RequestTarget.Valid) parse("/a")).authority());
    assertEquals("/", path("http://localhost:8000"));
    assertEquals("only http:// addresses are served", malformed("file:///etc/passwd"));
  }

  @Test
  void controlCharactersAndBadUtf8AreMalformed() {
    for (String target : new String[] {"/%00", "/index.html%00", "/a%0d%0aSet-Cookie:%20x", "/%7F", "/%C2%85"}) {
      assertEquals("the address holds a control character (such as %00)", malformed(target), target);
    }
    for (String target : new String[] {"/%FF", "/%C3%28", "/%C0%AE%C0%AE/etc", "/%ED%A0%80", "/%E2%82"}) {
      assertEquals("the address is not valid percent-encoded UTF-8", malformed(target), target);
    }
  }

  @Test
  void overlongAddressesAreMalformed() {
    assertEquals("/" + "a".repeat(RequestTarget.MAX_LENGTH - 1), path("/" + "a".repeat(RequestTarget.MAX_LENGTH - 1)));
    assertEquals("the address is longer than 8192 characters", malformed("/" + "a".repeat(RequestTarget.MAX_LENGTH)));
  }

  @Test
  void aTargetMustBeAPath() {
    assertEquals("the address must start with '/'", malformed("lessons/"));
    assertEquals("the address must start with '/'", malformed("*"));
  }
}
