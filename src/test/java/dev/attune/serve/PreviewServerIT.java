package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attune.pipeline.BuildOptions;
import dev.attune.testing.TestCourses;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerIT {
  private static final Duration WITHIN = Duration.ofSeconds(20);

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
    assertTrue(home.body().contains("<script src=\"/_attune/live.js\" data-generation=\"1\" defer></script>\n</body>"), home.body());
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
    assertEquals("{\"generation\":1,\"failed\":false,\"errors\":\"\"}", get("/_attune/status").body());
    assertFalse(Files.exists(dir.resolve("preview/_attune")), "the script is never written into the site");
  }

  @Test
  void rebuildsOnSaveAndKeepsTheLastGoodBuildWhileThereAreErrors() throws Exception {
    Path lesson = content.resolve("lessons/01-first-steps.md");
    String original = Files.readString(lesson);
    Files.writeString(lesson, original.replace("title: First steps", "title: First steps, revised"));
    // A save may be rebuilt twice (its writes seen apart), so generations are compared, not counted.
    await(() -> server.state().generation() >= 2, "a rebuild");
    assertTrue(get("/lessons/first-steps/").body().contains("First steps, revised"));

    Files.writeString(lesson, original.replace("title: First steps", "title: [unclosed"));
    await(server::failing, "a failed rebuild");
    int failedAt = server.state().generation();
    String status = get("/_attune/status").body();
    assertTrue(status.matches("\\{\"generation\":\\d+,\"failed\":true,\"errors\":\".*"), status);
    assertTrue(status.contains("01-first-steps.md:2:8: error: invalid YAML"), status);
    assertTrue(get("/lessons/first-steps/").body().contains("First steps, revised"), "the last good build stays up");
    assertTrue(log.stream().anyMatch(l -> l.startsWith("Build failed")), log.toString());

    Files.writeString(lesson, original);
    await(() -> server.state().generation() > failedAt && !server.failing(), "a fixed rebuild");
    String fixed = get("/_attune/status").body();
    assertTrue(fixed.matches("\\{\"generation\":\\d+,\"failed\":false,\"errors\":\"\"\\}"), fixed);
  }

  /** The override folder is watched wherever the latest build found it: made after the start, or named anew by course.yml. */
  @Test
  void watchesTheOverrideFolderTheBuildFound() throws Exception {
    TestCourses.write(dir.resolve("templates/404.ftlh"), "<p>Beside the content</p>\n");
    await(() -> get404().contains("Beside the content"), "a rebuild with the new templates folder");
    TestCourses.write(dir.resolve("my-theme/404.ftlh"), "<p>Named by theme</p>\n");
    Path courseYml = content.resolve("course.yml");
    Files.writeString(courseYml, Files.readString(courseYml) + "theme: ../my-theme\n");
    await(() -> get404().contains("Named by theme"), "a rebuild with the theme course.yml names");
    Files.writeString(dir.resolve("my-theme/404.ftlh"), "<p>Named by theme, revised</p>\n");
    await(() -> get404().contains("Named by theme, revised"), "a rebuild after a change in the theme folder");
  }

  private String get404() {
    try {
      return get("/no/such/page").body();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyFinishedBuildIsPushedToOpenPagesAndANewStreamStartsWithTheLatest() throws Exception {
    Path lesson = content.resolve("lessons/01-first-steps.md");
    String original = Files.readString(lesson);
    try (EventStream stream = EventStream.open(port)) {
      assertEquals(1, stream.next(WITHIN).build().get("generation").asInt());
      Files.writeString(lesson, original.replace("title: First steps", "title: First steps, revised"));
      JsonNode built = stream.nextEvent(WITHIN).build();
      assertTrue(built.get("generation").asInt() >= 2, built.toString());
      assertFalse(built.get("failed").asBoolean());
      assertTrue(stream.ends(WITHIN), "a stream tells of one change: its page reloads and opens another");
    }
    Matcher shown = Pattern.compile("data-generation=\"(\\d+)\"").matcher(get("/lessons/first-steps/").body());
    assertTrue(shown.find() && Integer.parseInt(shown.group(1)) >= 2, "pages say which build they show");

    Files.writeString(lesson, original.replace("title: First steps", "title: [unclosed"));
    JsonNode failed = null;
    for (int page = 0; failed == null; page++) {
      assertTrue(page < 5, "no failed build was pushed");
      // Each stream tells of one change; a page that was away hears of the latest build first thing.
      try (EventStream stream = EventStream.open(port)) {
        JsonNode first = stream.next(WITHIN).build();
        JsonNode build = first.get("failed").asBoolean() ? first : stream.nextEvent(WITHIN).build();
        failed = build.get("failed").asBoolean() ? build : null;
      }
    }
    assertTrue(failed.get("errors").asText().contains("01-first-steps.md:2:8: error: invalid YAML"), failed.toString());
    try (EventStream late = EventStream.open(port)) {
      JsonNode latest = late.next(WITHIN).build();
      assertTrue(latest.get("failed").asBoolean() && latest.get("generation").asInt() >= failed.get("generation").asInt(),
          latest.toString());
    }
  }

  @Test
  void streamsBeyondTheCapAreRefusedWhilePagesAreStillServed() throws Exception {
    List<EventStream> open = new ArrayList<>();
    try {
      for (int i = 0; i < BuildEvents.MAX_STREAMS; i++) {
        EventStream stream = EventStream.open(port);
        open.add(stream);
        stream.next(WITHIN);
      }
      assertEquals(BuildEvents.MAX_STREAMS, server.eventStreams());
      HttpResponse<InputStream> refused = EventStream.request(port);
      refused.body().close();
      assertEquals(503, refused.statusCode());
      long start = System.nanoTime();
      assertEquals(200, get("/lessons/first-steps/").statusCode());
      assertEquals(200, get(PreviewServer.SCRIPT_PATH).statusCode());
      assertTrue(System.nanoTime() - start < WITHIN.toNanos(), "pages are answered at once");
    } finally {
      for (EventStream stream : open) {
        stream.close();
      }
    }
  }

  @Test
  void stoppingThePreviewEndsItsStreamsCleanlyAndAtOnce() throws Exception {
    try (EventStream one = EventStream.open(port); EventStream two = EventStream.open(port)) {
      one.next(WITHIN);
      two.next(WITHIN);
      long start = System.nanoTime();
      server.close();
      long took = (System.nanoTime() - start) / 1_000_000;
      assertTrue(one.ends(Duration.ofSeconds(2)), "the first stream ends cleanly");
      assertTrue(two.ends(Duration.ofSeconds(2)), "the second stream ends cleanly");
      assertTrue(took < 1000, "stopping took " + took + " ms");
    }
  }
}
