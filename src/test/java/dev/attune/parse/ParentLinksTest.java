package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Body;
import dev.attune.model.QuizPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Found by fuzzing ({@link dev.attune.pipeline.LessonFuzzTest}, through a quiz): a paragraph that Flexmark leaves under a list item it replaced. */
class ParentLinksTest {
  @Test
  void feedbackWithALoneQuotationMarkRendersWithItsPage() {
    // Tests run with assertions on, so before the repair Flexmark failed with "Node should always
    // have Document ancestor" when the middle paragraph of the feedback rendered on its own.
    Diagnostics diagnostics = new Diagnostics();
    Body body = new MarkdownParser().parse(new SourceText("a.md", """
        :::quiz
        ### Which? {#which}

        - [x] Right

          "

          Because.
        - [ ] Wrong
        :::
        """, 1)).render(LinkTargets.KEEP_ALL, diagnostics);
    assertEquals(List.of(), diagnostics.all());
    QuizPart quiz = (QuizPart) body.parts().get(0);
    String feedback = quiz.quiz().questions().get(0).options().get(0).feedback().value();
    assertTrue(feedback.contains("Because."), feedback);
  }
}
