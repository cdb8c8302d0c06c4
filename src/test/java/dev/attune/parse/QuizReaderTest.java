package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Body;
import dev.attune.model.HtmlPart;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.model.Quiz;
import dev.attune.model.QuizPart;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizReaderTest {
  private final MarkdownParser parser = new MarkdownParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private Body body(String markdown) {
    return parser.parse(new SourceText("a.md", markdown, 1, "lesson-one")).render(LinkTargets.KEEP_ALL, diagnostics);
  }

  private Quiz quiz(String markdown) {
    Body body = body(markdown);
    assertEquals(List.of(), problems());
    return body.parts().stream().filter(p -> p instanceof QuizPart).map(p -> ((QuizPart) p).quiz()).findFirst().orElseThrow();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void readsASingleChoiceQuestionWithContextFeedbackHintAndExplanation() {
    Quiz quiz = quiz("""
        Before.

        :::quiz id=check title="Check yourself"
        A short *introduction*.

        ### Which is *right*? {#which}

        Maya and Jo have a scenario.

        - [ ] Wrong one

          Because **reasons**.
        - [x] Right one

          Yes.

        **Hint:** Think.

        Explanation: It is right because it is.

        And more explanation.
        :::

        After.
        """);
    assertEquals("check", quiz.id());
    assertEquals("Check yourself", quiz.title());
    assertEquals("<p>A short <em>introduction</em>.</p>", quiz.intro().value());
    Question question = quiz.questions().get(0);
    assertEquals("which", question.id());
    assertEquals(QuestionType.SINGLE, question.type());
    assertEquals("Which is <em>right</em>?", question.stem().value());
    assertEquals("Which is right?", question.stemText());
    assertEquals("<p>Maya and Jo have a scenario.</p>", question.context().value());
    assertEquals(List.of("Wrong one", "Right one"), question.options().stream().map(Option::text).toList());
    assertEquals(List.of(false, true), question.options().stream().map(Option::correct).toList());
    assertEquals("<p>Because <strong>reasons</strong>.</p>", question.options().get(0).feedback().value());
    assertEquals("<p>Think.</p>", question.hint().value());
    assertEquals("<p>It is right because it is.</p>\n<p>And more explanation.</p>", question.explanation().value());
  }

  @Test
  void theQuizSitsBetweenTheProseAroundIt() {
    Body body = body(":::quiz id=q\n### Q {#q}\n- [x] A\n- [ ] B\n:::\n\nAfter.\n");
    assertEquals(List.of("quiz", "html"), body.parts().stream().map(p -> p.kind()).toList());
    assertEquals("<p>After.</p>\n", ((HtmlPart) body.parts().get(1)).html().value());
  }

  @Test
  void readsEveryQuestionType() {
    Quiz quiz = quiz("""
        :::quiz
        ### Many {#many type=multiple}
        - [x] A
        - [x] B
        - [ ] C

        ### Statement {#tf type=truefalse}
        - [ ] True
        - [x] False

        ### Word {#word type=short pattern="dyads?"}
        - [x] relational dyad
        - [ ] couple

          Not only partners.

        ### Steps {#steps type=order}
        1. First
        2. Second
        3. Third
        :::
        """);
    assertEquals("lesson-one-quiz", quiz.id(), "derived from the page");
    assertEquals(QuizReader.DEFAULT_TITLE, quiz.title());
    assertEquals(List.of(QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.SHORT, QuestionType.ORDER),
        quiz.questions().stream().map(Question::type).toList());
    assertEquals(2, quiz.questions().get(0).correctOptions().size());
    assertEquals("dyads?", quiz.questions().get(2).pattern());
    assertEquals(List.of("First", "Second", "Third"), quiz.questions().get(3).options().stream().map(Option::text).toList());
  }

  @Test
  void optionIdsFollowTheTextNotThePosition() {
    Quiz first = quiz(":::quiz id=a\n### Q {#q}\n- [x] Alpha\n- [ ] Beta\n:::\n");
    Quiz swapped = new QuizReaderTest().quiz(":::quiz id=a\n### Q {#q}\n- [ ] Beta\n- [x] Alpha\n:::\n");
    assertEquals(first.questions().get(0).options().get(0).id(), swapped.questions().get(0).options().get(1).id());
  }

  @Test
  void aQuestionWithoutAnIdGetsOneFromItsTextAndAWarning() {
    Body body = body(":::quiz id=a\n### What is mutual empathy, really and truly, in practice?\n- [x] A\n- [ ] B\n:::\n");
    Quiz quiz = ((QuizPart) body.parts().get(0)).quiz();
    assertEquals("what-is-mutual-empathy-really-and", quiz.questions().get(0).id());
    assertEquals(List.of("a.md:2:1: warning: this question has no id, so it gets 'what-is-mutual-empathy-really-and' from its text [A0416]"), problems());
  }

  @Test
  void theSecondQuizOfAPageGetsANumberedId() {
    Body body = body(":::quiz\n### Q {#q}\n- [x] A\n- [ ] B\n:::\n\n:::quiz\n### Q {#q}\n- [x] A\n- [ ] B\n:::\n");
    assertEquals(List.of("lesson-one-quiz", "lesson-one-quiz-2"),
        body.parts().stream().map(p -> ((QuizPart) p).quiz().id()).toList());
  }

  @Test
  void aBrokenQuizRendersNothingAndReportsWhy() {
    Body body = body("Text.\n\n:::quiz id=a\n### Q {#q}\n- [ ] A\n- [ ] B\n:::\n");
    assertEquals(List.of("html"), body.parts().stream().map(p -> p.kind()).toList());
    assertTrue(((HtmlPart) body.parts().get(0)).html().value().startsWith("<p>Text.</p>"));
    assertEquals(List.of("a.md:4:1: error: no option is marked correct [A0515]"), problems());
  }
}
