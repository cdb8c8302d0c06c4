package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildListener;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild that throws, even an Error, is shown like a failed build, and the preview carries on. */
class RebuildFailureIT {
  @TempDir Path dir;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  private String get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void aRebuildThatThrowsAnErrorLeavesTheServerAndWatcherRunning() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    AtomicBoolean failing = new AtomicBoolean();
    // Thrown from the threads that parse, as a stack overflow deep in a library would be.
    BuildListener listener = (stage, done, total) -> {
      if (failing.get() && stage.equals("parse")) {
        throw new StackOverflowError("thrown by the test");
      }
    };
    try (PreviewServer server = new PreviewServer(BuildOptions.of(content, dir.resolve("preview")), new InetSocketAddress("127.0.0.1", 0),
        log::add, Duration.ofMillis(100), listener)) {
      int port = server.start();
      assertEquals(1, server.state().generation());
      Path lesson = content.resolve("lessons/01-first-steps.md");
      String original = Files.readString(lesson);

      failing.set(true);
      Files.writeString(lesson, original.replace("title: First steps", "title: First steps, broken"));
      await(server::failing, "the failed rebuild");
      int failedAt = server.state().generation();
      // A save may be rebuilt twice (its writes seen apart), so generations are compared, not counted.
      String status = get(port, "/_attune/status").replaceFirst("^\\{\"generation\":\\d+,", "{");
      assertTrue(status.startsWith("{\"failed\":true,\"errors\":\"internal error: Attune failed with java.lang.StackOverflowError"), status);
      assertTrue(status.contains("This is a bug in Attune"), status);
      assertTrue(log.stream().anyMatch(line -> line.startsWith("internal error: Attune failed with java.lang.StackOverflowError")), log.toString());
      assertTrue(get(port, "/lessons/first-steps/").contains("First steps"), "the last good build stays up");

      failing.set(false);
      Files.writeString(lesson, original.replace("title: First steps", "title: First steps, fixed"));
      await(() -> server.state().generation() > failedAt && !server.failing(), "a rebuild after the fix");
      assertTrue(get(port, "/lessons/first-steps/").contains("First steps, fixed"));
      assertTrue(get(port, "/_attune/status").endsWith(",\"failed\":false,\"errors\":\"\"}"));
    }
  }
}
