package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.TestCourses;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug inside a build, an Error as much as an exception, ends in exit code 70 and a short report. */
class InternalErrorTest {
  @TempDir Path dir;

  /**
   * Standard error that throws {@code failure} the first time the build's progress line shows
   * the parse stage: that line is drawn from the threads that parse, so the failure comes from
   * inside the build, as a stack overflow in a library would.
   */
  private static final class FailingOnParse extends OutputStream {
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final Supplier<Throwable> failure;
    private boolean failed;

    FailingOnParse(Supplier<Throwable> failure) {
      this.failure = failure;
    }

    @Override
    public synchronized void write(int b) {
      text.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      String written = new String(bytes, offset, length, StandardCharsets.UTF_8);
      if (!failed && written.contains("\rparse")) {
        failed = true;
        Throwable thrown = failure.get();
        if (thrown instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) thrown;
      }
      text.write(bytes, offset, length);
    }

    String text() {
      return text.toString(StandardCharsets.UTF_8);
    }
  }

  private String build(Supplier<Throwable> failure, int expectedCode) {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Path site = dir.resolve("site");
    FailingOnParse err = new FailingOnParse(failure);
    int code = new Cli(new Console(true)).run(new String[] {"build", "--content", content.toString(), "--out", site.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(expectedCode, code, err.text());
    assertFalse(Files.exists(site), "nothing is written");
    // Progress lines drawn before the failure come first; the report starts on a line of its own.
    String text = err.text();
    int report = text.indexOf("internal error:");
    assertTrue(report >= 0, text);
    return text.substring(report).strip();
  }

  @Test
  void anErrorInsideABuildExitsWith70AndAShortReport() {
    String report = build(() -> new StackOverflowError("thrown by the test"), Cli.INTERNAL_ERROR);
    assertTrue(report.startsWith("internal error: Attune failed with java.lang.StackOverflowError"), report);
    assertTrue(report.contains("\n  This is a bug in Attune, not a mistake in your course. Please report it with these lines,\n"), report);
    assertTrue(report.contains("thrown by the test"), report);
    assertTrue(report.contains("\n    at dev.attune.cli.InternalErrorTest$FailingOnParse.write("), report);
    assertTrue(report.lines().count() <= 20, report);
  }

  @Test
  void anExceptionInsideABuildGetsTheSameReport() {
    String report = build(() -> new IllegalStateException("thrown by the test"), Cli.INTERNAL_ERROR);
    assertTrue(report.startsWith("internal error: Attune failed with java.lang.IllegalStateException"), report);
    assertTrue(report.contains("This is a bug in Attune"), report);
    assertTrue(report.lines().count() <= 20, report);
  }
}
