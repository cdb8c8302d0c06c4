package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.testing.JavaProcess;
import dev.attune.testing.JavaProcess.Run;
import dev.attune.testing.RawHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's "done when", as a new author goes through it with the real jar: a new course, a new
 * lesson, the preview; an edit shows up; a broken quiz is reported in the terminal and in the
 * served page itself (no script needed to see it); the fix clears it; and CI's
 * {@code check --format json} passes.
 */
class AuthorWalkthroughIT {
  private static final Pattern PREVIEWING = Pattern.compile("Previewing at http://[^/]+:(\\d+)/ ");

  @TempDir Path dir;

  private Run attune(Path in, String... args) {
    return JavaProcess.attune(in, Map.of(), List.of(), args);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  @Test
  void newCourseNewLessonServeEditBreakAQuizFixItAndCheckForCi() throws Exception {
    assumeTrue(System.getProperty("attune.jar") != null, "runs against the packaged jar, in the integration tests");
    assertEquals(0, attune(dir, "new", "course", "my-course").exit());
    Path course = dir.resolve("my-course");
    Run lesson = attune(course, "new", "lesson", "Active listening");
    assertEquals(0, lesson.exit(), lesson.err());
    Path file = course.resolve("content/lessons/03-active-listening.md");
    String written = Files.readString(file);

    Process serve = JavaProcess.startAttune(course, "serve", "--port", "0");
    List<String> terminal = new CopyOnWriteArrayList<>();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      Matcher previewing;
      do {
        String line = out.readLine();
        assertTrue(line != null, "serve ended before it said where it previews");
        previewing = PREVIEWING.matcher(line);
      } while (!previewing.lookingAt());
      int port = Integer.parseInt(previewing.group(1));
      Thread errors = new Thread(() -> {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8))) {
          for (String line = err.readLine(); line != null; line = err.readLine()) {
            terminal.add(line);
          }
        } catch (IOException e) {
          // the process ended
        }
      });
      errors.setDaemon(true);
      errors.start();
      String page = "/lessons/active-listening/";
      assertTrue(html(port, page).contains("Active listening"));

      Files.writeString(file, written + "\nListening is a skill we can practise together.\n");
      await(() -> html(port, page).contains("a skill we can practise together"), "the edit in the served page");

      Files.writeString(file, written + "\n:::quiz\n### Which is active listening? {#which}\n- [ ] Waiting to talk\n- [ ] Planning what you will say next\n:::\n");
      await(() -> html(port, page).contains("id=\"attune-preview-errors\""), "the error in the served page");
      String broken = html(port, page);
      assertTrue(broken.contains("no option is marked correct [A0515]"), broken);
      assertTrue(broken.contains("03-active-listening.md:"), "the page names the file and line: " + broken);
      assertTrue(broken.contains("<meta http-equiv=\"refresh\""), "without scripts the page looks again by itself");
      await(() -> terminal.stream().anyMatch(l -> l.contains("03-active-listening.md:") && l.endsWith("error: no option is marked correct [A0515]")),
          "the error in the terminal: " + terminal);

      Files.writeString(file, written + "\n:::quiz\n### Which is active listening? {#which}\n- [x] Reflecting back what you heard\n- [ ] Planning what you will say next\n:::\n");
      await(() -> !html(port, page).contains("attune-preview-errors") && html(port, page).contains("Reflecting back what you heard"),
          "the fixed page without the error");
    } finally {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        JavaProcess.kill(serve);
      }
    }

    Run check = attune(course, "check", "--format", "json", "--strict");
    assertEquals(0, check.exit(), check.out() + check.err());
    JsonNode result = new ObjectMapper().readTree(check.out());
    assertTrue(result.get("passed").asBoolean());
    assertEquals(0, result.get("diagnostics").size(), check.out());
    assertFalse(Files.exists(course.resolve("site")), "neither serve nor check wrote a site");
  }

  private static String html(int port, String path) {
    return RawHttp.get(port, path, "127.0.0.1:" + port).body();
  }
}
