package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Body;
import dev.attune.model.Worksheet;
import dev.attune.model.WorksheetPart;
import dev.attune.testing.FuzzChecks;
import java.util.Optional;

/**
 * Any text read as a worksheet, in a lesson's {@code :::worksheet} block and as a file of its
 * own, gives a worksheet or positioned diagnostics saying why there is none, never an exception.
 * Seeds: {@code WorksheetFuzzTestInputs/}; to fuzz, see docs/fuzzing.md.
 */
class WorksheetFuzzTest {
  private static final String PATH = "content/worksheets/fuzz.md";
  private final MarkdownParser parser = new MarkdownParser();

  @FuzzTest(maxDuration = "5m")
  void readsAnyWorksheet(byte[] bytes) {
    String text = FuzzChecks.text(bytes);

    String block = ":::worksheet\n" + text + "\n:::\n";
    Diagnostics inLesson = new Diagnostics();
    Body body = parser.parse(new SourceText(PATH, block, 1, "fuzz")).render(LinkTargets.KEEP_ALL, inLesson, new IdRegistry().page(0));
    FuzzChecks.diagnosticsInside(inLesson, PATH, block);
    FuzzChecks.noScriptAdded(block, body.toString());
    // The text may close the block and open others, so there may be more than one worksheet.
    if (!inLesson.hasErrors()) {
      assertTrue(body.parts().stream().anyMatch(WorksheetPart.class::isInstance), "a worksheet left out without an error");
    }

    Diagnostics asFile = new Diagnostics();
    Optional<Worksheet> worksheet = parser.parse(new SourceText(PATH, text, 1, "fuzz"))
        .renderWorksheet("fuzz", "Fuzz", LinkTargets.KEEP_ALL, asFile, new IdRegistry().page(0));
    FuzzChecks.diagnosticsInside(asFile, PATH, text);
    worksheet.ifPresent(w -> FuzzChecks.noScriptAdded(text, w.toString()));
    assertTrue(worksheet.isPresent() || asFile.hasErrors(), "a worksheet file left out without an error");
  }
}
