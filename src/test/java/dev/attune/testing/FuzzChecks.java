package dev.attune.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What every fuzz test asks of what Attune made from arbitrary input, beyond not throwing: each
 * problem is a diagnostic of the file being read, pointing inside it, and the HTML made holds no
 * script element that the input did not write itself.
 */
public final class FuzzChecks {
  private FuzzChecks() {}

  /** The fuzzer's bytes as the loader hands a file's text on: UTF-8, no byte-order mark, '\n' line ends. */
  public static String text(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Every diagnostic is about {@code path}, says something, and points at a line of {@code text} (or at the whole file). */
  public static void diagnosticsInside(Diagnostics diagnostics, String path, String text) {
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    for (Diagnostic diagnostic : diagnostics.all()) {
      String where = diagnostic.format();
      assertTrue(diagnostic.path().equals(path), "a diagnostic about another file: " + where);
      assertFalse(diagnostic.message().isBlank(), "a diagnostic without a message: " + where);
      if (diagnostic.line() == 0) {
        assertTrue(diagnostic.column() == 0, "a column without a line: " + where);
      } else {
        assertTrue(diagnostic.line() >= 1 && diagnostic.line() <= lines && diagnostic.column() >= 0,
            "a position outside the " + lines + " lines of the text: " + where);
      }
    }
  }

  /**
   * {@code made} (HTML, or a model holding HTML) has no {@code <script} unless {@code input} has
   * one: Attune itself never writes a script into content. A model also holds plain text (what a
   * learner would type), where "<script" is harmless; that raw HTML is cleaned is held by the
   * hostile courses (HostileCoursesIT, HostileContentBrowserIT).
   */
  public static void noScriptAdded(String input, String made) {
    if (made.toLowerCase(Locale.ROOT).contains("<script")) {
      assertTrue(input.toLowerCase(Locale.ROOT).contains("<script"), "a <script> that the input did not write: " + made);
    }
  }
}
