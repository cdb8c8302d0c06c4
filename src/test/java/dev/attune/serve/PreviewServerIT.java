package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildOptions;
import dev.attune.testing.TestCourses;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerIT {
  @TempDir Path dir;
  private Path content;
  private PreviewServer server;
  private int port;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws Exception {
    content = TestCourses.copy(TestCourses.content("basic"), dir);
    server = new PreviewServer(BuildOptions.of(content, dir.resolve("preview")), new InetSocketAddress("127.0.0.1", 0),
        log::add, Duration.ofMillis(100));
    port = server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  @Test
  void servesTheBuiltCourseLikeAStaticHostWithTheReloadScript() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<script src=\"/_attune/live.js\" defer></script>\n</body>"), home.body());
    assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
    HttpResponse<String> folder = get("/lessons/first-steps");
    assertEquals(301, folder.statusCode());
    assertEquals("/lessons/first-steps/", folder.headers().firstValue("Location").orElse(""));
    assertEquals(200, get("/theme/css/attune.css").statusCode());
    HttpResponse<String> missing = get("/no/such/page");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"));
    assertEquals(404, get("/../../../etc/passwd").statusCode());
    assertEquals(200, get("/_attune/live.js").statusCode());
    assertEquals("{\"version\":1,\"errors\":\"\"}", get("/_attune/status").body());
    assertFalse(Files.exists(dir.resolve("preview/_attune")), "the script is never written into the site");
  }

  @Test
  void rebuildsOnSaveAndKeepsTheLastGoodBuildWhileThereAreErrors() throws Exception {
    Path lesson = content.resolve("lessons/01-first-steps.md");
    String original = Files.readString(lesson);
    Files.writeString(lesson, original.replace("title: First steps", "title: First steps, revised"));
    await(() -> server.state().version() == 2, "a rebuild");
    assertTrue(get("/lessons/first-steps/").body().contains("First steps, revised"));

    Files.writeString(lesson, original.replace("title: First steps", "title: [unclosed"));
    await(server::failing, "a failed rebuild");
    String status = get("/_attune/status").body();
    assertTrue(status.startsWith("{\"version\":2,\"errors\":\""), status);
    assertTrue(status.contains("01-first-steps.md:2:8: error: invalid YAML"), status);
    assertTrue(get("/lessons/first-steps/").body().contains("First steps, revised"), "the last good build stays up");
    assertTrue(log.stream().anyMatch(l -> l.startsWith("Build failed")), log.toString());

    Files.writeString(lesson, original);
    await(() -> server.state().version() == 3 && !server.failing(), "a fixed rebuild");
    assertEquals("{\"version\":3,\"errors\":\"\"}", get("/_attune/status").body());
  }

  @Test
  void escapesErrorsForJson() {
    assertEquals("{\"version\":4,\"errors\":\"a\\\"b\\\\c\\nd\\u003c\"}", new BuildState(4, "a\"b\\c\nd<").toJson());
  }
}
