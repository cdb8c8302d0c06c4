package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildOptions;
import dev.attune.testing.RawHttp;
import dev.attune.testing.TestCourses;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests no browser sends on its own: other hosts, odd encodings, ways out of the site. */
class HostileRequestsIT {
  private static final String SECRET = "secret-beside-the-course";

  @TempDir Path dir;
  private PreviewServer server;
  private int port;
  private String host;

  @BeforeEach
  void start() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    server = new PreviewServer(BuildOptions.of(content, dir.resolve("preview")), new InetSocketAddress("127.0.0.1", 0),
        line -> {}, Duration.ofMillis(100));
    port = server.start();
    host = "127.0.0.1:" + port;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawHttp.Response get(String target) {
    return RawHttp.get(port, target, host);
  }

  @Test
  void answersTheNamesItIsReachedByWithThePort() {
    for (String name : List.of("127.0.0.1", "localhost", "LOCALHOST", "[::1]")) {
      assertEquals(200, RawHttp.get(port, "/", name + ":" + port).status(), name);
    }
  }

  @Test
  void refusesOtherHostsSoDnsRebindingReadsNothing() {
    for (String other : List.of("evil.example:" + port, "evil.example", "localhost", "127.0.0.1:" + (port + 1),
        "localhost.evil.example:" + port, "127.0.0.1.nip.io:" + port, "localhost:" + port + "@evil.example")) {
      for (String target : List.of("/", PreviewServer.STATUS_PATH, PreviewServer.EVENTS_PATH, "/lessons/first-steps")) {
        RawHttp.Response response = RawHttp.get(port, target, other);
        assertEquals(421, response.status(), other + " " + target);
        assertTrue(response.body().startsWith("This preview answers only requests addressed to localhost:" + port + ", 127.0.0.1:"
            + port + ", [::1]:" + port + ".\n"), response.body());
        assertFalse(response.body().contains("version"), response.body());
        assertTrue(response.header("Location").isEmpty());
      }
    }
    RawHttp.Response absolute = RawHttp.send(port, "GET http://evil.example:" + port + PreviewServer.STATUS_PATH + " HTTP/1.1\r\n"
        + "Host: " + host + "\r\nConnection: close\r\n\r\n");
    assertEquals(421, absolute.status(), "an absolute-form target names the host the request is for");
    assertEquals(200, RawHttp.send(port, "GET http://" + host + "/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").status());
  }

  @Test
  void theEventStreamIsRefusedToOtherHostsAndHoldsNoSlot() {
    RawHttp.Response refused = RawHttp.get(port, PreviewServer.EVENTS_PATH, "evil.example:" + port);
    assertEquals(421, refused.status());
    assertEquals("text/plain; charset=utf-8", refused.header("Content-Type").orElseThrow());
    assertEquals(0, server.eventStreams());
    assertEquals(405, RawHttp.send(port, "POST " + PreviewServer.EVENTS_PATH + " HTTP/1.1\r\nHost: " + host
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").status());
  }

  @Test
  void aRequestMustNameExactlyOneHost() {
    String expected = "Bad request: a request must name its host in exactly one Host header.\n";
    RawHttp.Response none = RawHttp.send(port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertEquals(400, none.status());
    assertEquals(expected, none.body());
    assertEquals(400, RawHttp.send(port, "GET / HTTP/1.0\r\n\r\n").status());
    RawHttp.Response two = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: " + host + "\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertEquals(400, two.status());
    assertEquals(expected, two.body());
  }

  @Test
  void redirectsOnlyToPathsOfThisSite() {
    RawHttp.Response folder = get("/lessons/first-steps");
    assertEquals(301, folder.status());
    assertEquals("/lessons/first-steps/", folder.header("Location").orElseThrow());
    assertEquals("/lessons/first-steps/", get("/lessons/first%2Dsteps").header("Location").orElseThrow());
    for (String target : List.of("/%5Cevil.example%2F..", "/%5cevil.example%2f..", "//evil.example/..", "//evil.example",
        "//evil.example/", "/%2F%2Fevil.example", "/%2Fevil.example%2F..", "//lessons/first-steps", "/%2Flessons/first-steps",
        "/%5Clessons/first-steps", "/lessons//first-steps", "/./lessons/first-steps", "/lessons/first-steps/.")) {
      RawHttp.Response response = get(target);
      assertTrue(response.header("Location").isEmpty(), target + " redirected to " + response.header("Location"));
      assertTrue(response.status() == 404 || response.status() == 400, target + ": " + response.status());
    }
  }

  @Test
  void malformedRequestsAreBadRequests() {
    for (String target : List.of("/%00", "/index.html%00", "/%00/../secret.txt", "/a%0d%0aSet-Cookie:%20x=1", "/%7f")) {
      RawHttp.Response response = get(target);
      assertEquals(400, response.status(), target);
      assertEquals("Bad request: the address holds a control character (such as %00).\n", response.body(), target);
    }
    for (String target : List.of("/%FF", "/%C3%28", "/%C0%AE%C0%AE/secret.txt", "/%ED%A0%80", "/%E2%82")) {
      RawHttp.Response response = get(target);
      assertEquals(400, response.status(), target);
      assertEquals("Bad request: the address is not valid percent-encoded UTF-8.\n", response.body(), target);
    }
    RawHttp.Response overlong = get("/" + "a".repeat(RequestTarget.MAX_LENGTH));
    assertEquals(400, overlong.status());
    assertEquals("Bad request: the address is longer than 8192 characters.\n", overlong.body());
    // The JDK refuses these itself, before the preview sees them.
    for (String target : List.of("/%zz", "/%", "/%0", "/a\u0000b", "/\\evil.example/")) {
      assertEquals(400, get(target).status(), target);
    }
    RawHttp.Response head = RawHttp.send(port, "HEAD /%00 HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    assertEquals(400, head.status());
    assertEquals("", head.body());
  }

  @Test
  void pathTraversalFindsNothingInAnyEncoding() {
    for (String target : List.of("/../secret.txt", "/../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/..%2fsecret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "/%252e%252e/secret.txt", "/lessons/..%2F..%2Fsecret.txt", "/lessons/%2e%2e/%2e%2e/secret.txt", "/..;/secret.txt",
        "/../content/course.yml", "/%2e%2e/content/course.yml", "/lessons/first-steps/..", "/lessons/first-steps/%2e%2e/",
        "/assets/img/..%2F..%2F..%2Fsecret.txt", "/./index.html", "/%2e/index.html")) {
      RawHttp.Response response = get(target);
      assertEquals(404, response.status(), target);
      assertFalse(response.body().contains(SECRET), target);
      assertFalse(response.body().contains("title:"), target);
    }
    RawHttp.Response absolute = RawHttp.send(port, "GET http://" + host + "/../secret.txt HTTP/1.1\r\nHost: " + host
        + "\r\nConnection: close\r\n\r\n");
    assertEquals(404, absolute.status());
  }

  @Test
  void onlyReads() {
    RawHttp.Response post = RawHttp.send(port, "POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assertEquals(405, post.status());
    assertEquals("GET, HEAD", post.header("Allow").orElseThrow());
    assertEquals(405, RawHttp.send(port, "DELETE /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").status());
  }
}
