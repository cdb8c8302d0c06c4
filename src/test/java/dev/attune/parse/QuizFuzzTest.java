package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Body;
import dev.attune.model.QuizPart;
import dev.attune.testing.FuzzChecks;

/**
 * Any text inside a {@code :::quiz} block gives a quiz or positioned diagnostics saying why there
 * is none, never an exception. Seeds: {@code QuizFuzzTestInputs/}; to fuzz, see docs/fuzzing.md.
 */
class QuizFuzzTest {
  private static final String PATH = "content/lessons/01-fuzz.md";
  private final MarkdownParser parser = new MarkdownParser();

  @FuzzTest(maxDuration = "5m")
  void readsAnyQuiz(byte[] bytes) {
    String text = ":::quiz\n" + FuzzChecks.text(bytes) + "\n:::\n";
    Diagnostics diagnostics = new Diagnostics();
    Body body = parser.parse(new SourceText(PATH, text, 1, "fuzz")).render(LinkTargets.KEEP_ALL, diagnostics, new IdRegistry().page(0));
    FuzzChecks.diagnosticsInside(diagnostics, PATH, text);
    FuzzChecks.noScriptAdded(text, body.toString());
    // The text may close the block and open others, so there may be more than one quiz.
    if (!diagnostics.hasErrors()) {
      assertTrue(body.parts().stream().anyMatch(QuizPart.class::isInstance), "a quiz left out without an error");
    }
  }
}
