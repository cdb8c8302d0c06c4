package dev.attune.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BugReportTest {
  private static StackTraceElement frame(String className, int line) {
    return new StackTraceElement(className, "run", className.substring(className.lastIndexOf('.') + 1) + ".java", line);
  }

  @Test
  void aStackOverflowIsToldInAFewLines() {
    StackOverflowError error = new StackOverflowError();
    StackTraceElement[] frames = new StackTraceElement[1024];
    for (int i = 0; i < frames.length; i++) {
      frames[i] = frame(i < 1000 ? "com.example.Library" : i % 2 == 0 ? "dev.attune.parse.Parser" : "java.util.Stream", i);
    }
    error.setStackTrace(frames);
    List<String> lines = BugReport.lines(error);
    assertEquals(List.of(
        "internal error: Attune failed with java.lang.StackOverflowError",
        "  This is a bug in Attune, not a mistake in your course. Please report it with these lines,",
        "  the command you ran and what 'attune --version' prints; the file it was building helps too.",
        "    at com.example.Library.run(Library.java:0)",
        "    at com.example.Library.run(Library.java:1)",
        "    at com.example.Library.run(Library.java:2)",
        "    at com.example.Library.run(Library.java:3)",
        "    … 996 more",
        "    at dev.attune.parse.Parser.run(Parser.java:1000)",
        "    … 1 more",
        "    at dev.attune.parse.Parser.run(Parser.java:1002)",
        "    … 1 more",
        "    at dev.attune.parse.Parser.run(Parser.java:1004)",
        "    … 1 more",
        "    at dev.attune.parse.Parser.run(Parser.java:1006)",
        "    … 17 more"), lines);
  }

  @Test
  void messagesAreCutToOneLineAndCausesNamed() {
    IllegalStateException failure = new IllegalStateException("first line\nsecond line", new java.io.IOException("x".repeat(500)));
    failure.setStackTrace(new StackTraceElement[0]);
    String text = BugReport.text(failure);
    assertTrue(text.startsWith("internal error: Attune failed with java.lang.IllegalStateException: first line …\n"), text);
    assertTrue(text.endsWith("\n  caused by java.io.IOException: " + "x".repeat(200) + "…"), text);
  }
}
