package dev.attune.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  @Test
  void formatsAsPathLineColumnWithHintOnItsOwnLine() {
    Diagnostic d = new Diagnostic(Severity.ERROR, Code.BROKEN_LINK, "content/a.md", 3, 7, "bad thing", "do this");
    assertEquals("content/a.md:3:7: error: bad thing [A0411]" + System.lineSeparator() + "  hint: do this", d.format());
  }

  @Test
  void leavesOutUnknownLineAndColumn() {
    assertEquals("content/course.yml: warning: w [A0411]", new Diagnostic(Severity.WARNING, Code.BROKEN_LINK, "content/course.yml", 0, 0, "w", "").format());
    assertEquals("a.md:4: error: e [A0411]", new Diagnostic(Severity.ERROR, Code.BROKEN_LINK, "a.md", 4, 0, "e", null).format());
  }

  @Test
  void sortsInReadingOrderAndCountsBySeverity() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning(Code.BROKEN_LINK, "b.md", new Position(1, 1), "w", "");
    diagnostics.error(Code.BROKEN_LINK, "a.md", new Position(9, 1), "late", "");
    diagnostics.error(Code.BROKEN_LINK, "a.md", new Position(2, 5), "early", "");
    List<String> messages = diagnostics.sorted().stream().map(Diagnostic::message).toList();
    assertEquals(List.of("early", "late", "w"), messages);
    assertEquals(2, diagnostics.errorCount());
    assertEquals(1, diagnostics.warningCount());
    assertTrue(diagnostics.hasErrors());
  }

  @Test
  void countsTheSameProblemOnce() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error(Code.BROKEN_LINK, "t.ftlh", new Position(1, 1), "same", "");
    diagnostics.error(Code.BROKEN_LINK, "t.ftlh", new Position(1, 1), "same", "");
    assertEquals(1, diagnostics.errorCount());
    assertEquals(1, diagnostics.sorted().size());
  }

  @Test
  void capsTheListButKeepsCounting() {
    Diagnostics diagnostics = new Diagnostics(2);
    for (int i = 1; i <= 5; i++) {
      diagnostics.error(Code.BROKEN_LINK, "a.md", new Position(i, 1), "e" + i, "");
    }
    assertEquals(2, diagnostics.sorted().size());
    assertEquals(3, diagnostics.dropped());
    assertEquals(5, diagnostics.errorCount());
  }

  @Test
  void theCapKeepsTheFirstInReadingOrderWhateverOrderTheyCameIn() {
    Diagnostics forwards = new Diagnostics(2);
    Diagnostics backwards = new Diagnostics(2);
    for (int i = 1; i <= 5; i++) {
      forwards.error(Code.BROKEN_LINK, "a.md", new Position(i, 1), "e" + i, "");
      backwards.error(Code.BROKEN_LINK, "a.md", new Position(6 - i, 1), "e" + (6 - i), "");
    }
    assertEquals(List.of("e1", "e2"), backwards.sorted().stream().map(Diagnostic::message).toList());
    assertEquals(forwards.sorted(), backwards.sorted());
    assertEquals(3, backwards.dropped());
  }

  @Test
  void warningsAloneDoNotFail() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning(Code.BROKEN_LINK, "a.md", Position.FILE, "w", "");
    assertFalse(diagnostics.hasErrors());
  }
}
