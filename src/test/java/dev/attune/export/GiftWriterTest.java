package dev.attune.export;

import static dev.attune.export.QuizFixtures.config;
import static dev.attune.export.QuizFixtures.course;
import static dev.attune.export.QuizFixtures.lesson;
import static dev.attune.export.QuizFixtures.option;
import static dev.attune.export.QuizFixtures.page;
import static dev.attune.export.QuizFixtures.question;
import static dev.attune.export.QuizFixtures.quiz;
import static dev.attune.export.QuizFixtures.right;
import static dev.attune.export.QuizFixtures.withContext;
import static dev.attune.export.QuizFixtures.withExplanation;
import static dev.attune.export.QuizFixtures.withPatternAndHint;
import static dev.attune.export.QuizFixtures.wrong;
import static dev.attune.model.QuestionType.MULTIPLE;
import static dev.attune.model.QuestionType.ORDER;
import static dev.attune.model.QuestionType.SHORT;
import static dev.attune.model.QuestionType.SINGLE;
import static dev.attune.model.QuestionType.TRUE_FALSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.export.GiftSyntax.Category;
import dev.attune.export.GiftSyntax.Kind;
import dev.attune.model.Course;
import dev.attune.model.Html;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.Quiz;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GiftWriterTest {
  private static final String SPECIALS = "a ~ b = c # d { e } f : g \\ h";

  private static String gift(Question question) {
    return GiftWriter.question(quiz("q", question), question);
  }

  @Test
  void singleChoiceMarksTheRightAnswerAndKeepsEachOptionsFeedback() {
    Question q = withExplanation(question("definition", SINGLE, "Which fits <em>best</em>?",
        option("One way", false, "<p>Only one way.</p>\n"),
        option("Both ways", true, "<p>Yes.</p>\n"),
        wrong("Neither")), "<p>Both are moved.</p>\n");
    assertEquals("""
        ::q/definition::[html]Which fits <em>best</em>? {
        ~One way#<p>Only one way.</p>
        =Both ways#<p>Yes.</p>
        ~Neither
        ####<p>Both are moved.</p>
        }
        """, gift(q));
    assertEquals(Kind.SINGLE_CHOICE, parseOne(q).kind());
  }

  @Test
  void multipleChoiceSharesTheMarkAmongTheRightAnswers() {
    Question q = question("stuck", MULTIPLE, "Which keep us stuck?",
        option("Hiding", true, "<p>Yes.</p>"), right("Pretending"), right("Withdrawing"), option("Asking", false, "<p>No.</p>"));
    assertEquals("""
        ::q/stuck::[html]Which keep us stuck? {
        ~%33.33333%Hiding#<p>Yes.</p>
        ~%33.33333%Pretending
        ~%33.33333%Withdrawing
        ~%-33.33333%Asking#<p>No.</p>
        }
        """, gift(q));
    assertEquals(Kind.MULTIPLE_CHOICE, parseOne(q).kind());
  }

  @Test
  void multipleChoiceWithOneRightAnswerStaysSelectAllThatApply() {
    Question q = question("one", MULTIPLE, "Pick", right("A"), wrong("B"));
    assertEquals("::q/one::[html]Pick {\n~%100%A\n~%-100%B\n}\n", gift(q));
  }

  @Test
  void weightsAreValuesMoodleAccepts() {
    for (int correct = 1; correct <= 10; correct++) {
      String weight = GiftWriter.weight(correct);
      assertTrue(GiftWriter.WEIGHTS.contains(weight), weight);
      assertEquals(100.0, correct * Double.parseDouble(weight), 0.001, "for " + correct);
    }
    assertEquals("16.66667", GiftWriter.weight(6));
    assertEquals("14.28571", GiftWriter.weight(7));
    assertEquals("12.5", GiftWriter.weight(8));
    assertEquals("11.11111", GiftWriter.weight(9));
    assertEquals("5", GiftWriter.weight(11), "the largest accepted share below 100/11");
    assertEquals("5", GiftWriter.weight(30), "never below Moodle's smallest share");
  }

  @Test
  void moreThanTenRightAnswersGetFivePercentEach() {
    Option[] options = IntStream.rangeClosed(1, 12).mapToObj(i -> right("Answer " + i)).toArray(Option[]::new);
    Question q = question("many", MULTIPLE, "All of them", options);
    GiftSyntax.Question parsed = parseOne(q);
    assertTrue(parsed.answers().stream().allMatch(a -> a.weight().equals("5")), gift(q));
  }

  @Test
  void trueFalseGivesTheWrongAnswersFeedbackFirst() {
    Question q = withExplanation(question("one-way", TRUE_FALSE, "One partner gives everything.",
        option("True", false, "<p>Not quite.</p>"), option("False", true, "<p>Right.</p>")), "<p>Both give.</p>");
    assertEquals("""
        ::q/one-way::[html]One partner gives everything. {
        FALSE#<p>Not quite.</p>#<p>Right.</p>
        ####<p>Both give.</p>
        }
        """, gift(q));
    GiftSyntax.Answer answer = parseOne(q).answers().get(0);
    assertEquals(List.of("<p>Not quite.</p>", "<p>Right.</p>"), answer.feedback());
  }

  @Test
  void trueFalseFeedbackIsLeftOutWhenEmpty() {
    assertEquals("::q/t::[html]S {\nTRUE\n}\n", gift(question("t", TRUE_FALSE, "S", right("true"), wrong("FALSE"))));
    assertEquals("::q/t::[html]S {\nTRUE##<p>Yes.</p>\n}\n",
        gift(question("t", TRUE_FALSE, "S", option("True", true, "<p>Yes.</p>"), wrong("False"))));
    assertEquals("::q/t::[html]S {\nTRUE#<p>No.</p>\n}\n",
        gift(question("t", TRUE_FALSE, "S", right("True"), option("False", false, "<p>No.</p>"))));
  }

  @Test
  void trueFalseWithOtherWordsBecomesATwoOptionChoice() {
    Question q = question("yes-no", TRUE_FALSE, "Is it mutual?", option("Yes", true, "<p>Good.</p>"), wrong("No"));
    assertEquals("::q/yes-no::[html]Is it mutual? {\n=Yes#<p>Good.</p>\n~No\n}\n", gift(q));
    assertEquals(Kind.SINGLE_CHOICE, parseOne(q).kind());
  }

  @Test
  void shortAnswersAcceptTheRightOnesAndGiveFeedbackOnAnticipatedWrongOnes() {
    Question q = question("dyad", SHORT, "What word?",
        option("relational dyad", true, ""), right("dyad"), option("couple", false, "<p>Romantic only.</p>"));
    q = withPatternAndHint(q, "dyads?", "<p>Two people.</p>");
    assertEquals("""
        // pattern not exported: dyads?
        ::q/dyad::[html]What word? {
        =relational dyad
        =dyad
        =%0%couple#<p>Romantic only.</p>
        }
        """, gift(q));
    GiftSyntax.Question parsed = parseOne(q);
    assertEquals(Kind.SHORT_ANSWER, parsed.kind());
    assertEquals(List.of("pattern not exported: dyads?"), parsed.comments());
  }

  @Test
  void aShortQuestionCheckedOnlyByItsPatternBecomesAnEssay() {
    Question q = new Question("free", SHORT, new Html("Name one."), "Name one.", Html.EMPTY, List.of(wrong("nothing")),
        "\\w+", Html.EMPTY, new Html("<p>Any word.</p>"), false);
    assertEquals("""
        // pattern not exported: \\w+
        ::q/free::[html]Name one. {
        ####<p>Any word.</p>
        }
        """, gift(q));
    assertEquals(Kind.ESSAY, parseOne(q).kind());
  }

  @Test
  void orderingBecomesMatchingOfEachStepWithItsPosition() {
    Question q = withExplanation(question("steps", ORDER, "Put in order.",
        wrong("Pause"), wrong("Name the feeling"), wrong("Ask")), "<p>Pause first.</p>");
    assertEquals("""
        ::q/steps::[html]Put in order. {
        =Pause -> 1
        =Name the feeling -> 2
        =Ask -> 3
        ####<p>Pause first.</p>
        }
        """, gift(q));
    GiftSyntax.Question parsed = parseOne(q);
    assertEquals(Kind.MATCHING, parsed.kind());
    assertEquals(List.of("1", "2", "3"), parsed.answers().stream().map(GiftSyntax.Answer::match).toList());
  }

  @Test
  void orderingWithTwoStepsIsStillTwoPairs() {
    Question q = question("two", ORDER, "Which first?", wrong("Listen"), wrong("Answer"));
    assertEquals("::q/two::[html]Which first? {\n=Listen -> 1\n=Answer -> 2\n}\n", gift(q));
    assertEquals(Kind.MATCHING, parseOne(q).kind());
  }

  @Test
  void theContextFollowsTheStemAndHintsAreLeftOut() {
    Question q = withPatternAndHint(withContext(question("scene", SINGLE, "What now?", right("Ask"), wrong("Leave")),
        "<p>Sam sighs.</p>\n<blockquote>\n<p>I'm fine.</p>\n</blockquote>\n"), "", "<p>A hint.</p>");
    assertEquals("""
        ::q/scene::[html]<p>What now?</p> <p>Sam sighs.</p> <blockquote> <p>I'm fine.</p> </blockquote> {
        =Ask
        ~Leave
        }
        """, gift(q));
  }

  @Test
  void everySpecialCharacterIsEscapedAndRoundTrips() {
    String escaped = GiftWriter.escape(SPECIALS);
    assertEquals("a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h", escaped);
    assertEquals(SPECIALS, GiftSyntax.unescape(escaped));
    for (char c : "~=#{}:\\".toCharArray()) {
      String text = "x" + c + c + "y";
      assertEquals(text, GiftSyntax.unescape(GiftWriter.escape(text)));
    }
  }

  @Test
  void specialCharactersInEveryTextSurviveTheReader() {
    String html = "<a href=\"https://example.org/#top\" style=\"color: red\">{x} = ~y</a> \\ &#39;";
    Question q = withExplanation(question("special", SINGLE, html,
        option(html, true, "<p>" + html + "</p>"), option("b = c", false, "<p>50% : #1</p>")), html);
    String text = gift(q);
    assertTrue(text.contains("href\\=\"https\\://example.org/\\#top\" style\\=\"color\\: red\""), text);
    assertTrue(text.contains("&\\#39;"), text);
    GiftSyntax.Question parsed = parseOne(q);
    assertEquals(html, parsed.text());
    assertEquals(html, parsed.answers().get(0).text());
    assertEquals(List.of("<p>" + html + "</p>"), parsed.answers().get(0).feedback());
    assertEquals(List.of("<p>50% : #1</p>"), parsed.answers().get(1).feedback());
    assertEquals(html, parsed.generalFeedback());
    assertEquals("q/special", parsed.name());
  }

  @Test
  void theReaderRejectsWhatMoodleWouldMisread() {
    assertThrows(AssertionError.class, () -> GiftSyntax.parse(header() + "\n::a::[html]x = y {\n=A\n~B\n}\n"));
    assertThrows(AssertionError.class, () -> GiftSyntax.parse(header() + "\n::a::[html]x {\n=A\n~B\n"));
    assertThrows(AssertionError.class, () -> GiftSyntax.parse(header() + "\n::a::[html]x {\n~%33%A\n~%67%B\n}\n"));
    assertThrows(AssertionError.class, () -> GiftSyntax.parse(header() + "\n::a::[html]x {\n~%50%A\n~%-50%B\n}\n"));
    assertThrows(AssertionError.class, () -> GiftSyntax.parse(header() + "\n::a::[html]x {\n=A#b#c\n~B\n}\n"));
    assertThrows(AssertionError.class, () -> GiftSyntax.parse(header() + "\n::a::[html]x {\nA\n}\n"));
    assertThrows(AssertionError.class, () -> GiftSyntax.parse(header() + "\n::a::[html]x \\q {\n=A\n}\n"));
    GiftSyntax.parse(header() + "\n::a::[html]x \\= y {\n=A\n~B\n}\n");
  }

  @Test
  void aCourseIsOneCategoryPerLessonOrPageThenItsQuestions() {
    Quiz first = quiz("first", question("a", SINGLE, "A?", right("Yes"), wrong("No")),
        question("b", SHORT, "B?", right("b")));
    Quiz second = quiz("second", question("c", ORDER, "C?", wrong("1st"), wrong("2nd"), wrong("3rd")));
    Quiz glossary = quiz("glossary-check", question("d", TRUE_FALSE, "D.", right("True"), wrong("False")));
    Course course = course(
        List.of(lesson(1, "What it is", first, second), lesson(2, "No quiz here"), lesson(3, "Stuck: why/how")),
        List.of(page("about", "About"), page("glossary", "Glossary", glossary)));
    String text = GiftWriter.write(config("Mutual Empathy"), course);
    assertEquals("""
        // Exported by Attune from "Mutual Empathy"

        $CATEGORY: Mutual Empathy/1. What it is

        ::first/a::[html]A? {
        =Yes
        ~No
        }

        ::first/b::[html]B? {
        =b
        }

        ::second/c::[html]C? {
        =1st -> 1
        =2nd -> 2
        =3rd -> 3
        }

        $CATEGORY: Mutual Empathy/Glossary

        ::glossary-check/d::[html]D. {
        TRUE
        }
        """, text);
    GiftSyntax.File file = GiftSyntax.parse(text);
    assertEquals(6, file.blocks().size());
  }

  @Test
  void categoryNamesKeepSlashesAndSpecialCharacters() {
    Quiz q = quiz("q", question("a", SINGLE, "A?", right("Yes"), wrong("No")));
    String text = GiftWriter.write(config("Empathy: A/B {1} \\ #2"), course(List.of(lesson(3, "Why/how = ~", q)), List.of()));
    assertTrue(text.contains("$CATEGORY: Empathy: A//B {1} \\\\ #2/3. Why//how = ~\n"), text);
    Category category = (Category) GiftSyntax.parse(text).blocks().get(0);
    assertEquals(List.of("Empathy: A/B {1} \\ #2", "3. Why/how = ~"), category.path());
  }

  @Test
  void aCourseWithoutQuizzesIsJustTheHeader() {
    String text = GiftWriter.write(config("T"), course(List.of(lesson(1, "A")), List.of(page("p", "P"))));
    assertEquals("// Exported by Attune from \"T\"\n", text);
    assertTrue(GiftSyntax.parse(text).blocks().isEmpty());
  }

  @Test
  void everyQuestionTypeTogetherPassesTheReader() {
    List<Question> questions = new ArrayList<>();
    for (String text : List.of("plain", SPECIALS, "<p>line one\nline two</p>", "https://example.org/a#b")) {
      int n = questions.size();
      questions.add(question("s" + n, SINGLE, text, option(text, true, text), wrong("other " + text)));
      questions.add(question("m" + n, MULTIPLE, text, right(text), right("2 " + text), option("3 " + text, false, text)));
      questions.add(question("t" + n, TRUE_FALSE, text, option("True", true, text), option("False", false, text)));
      questions.add(question("y" + n, TRUE_FALSE, text, option("Yes", true, text), wrong("No")));
      questions.add(withExplanation(question("a" + n, SHORT, text, right(text), option("x" + text, false, text)), text));
      questions.add(question("o" + n, ORDER, text, wrong(text), wrong("then " + text)));
    }
    String text = GiftWriter.write(config(SPECIALS), course(List.of(lesson(1, SPECIALS, quiz("all", questions.toArray(Question[]::new)))), List.of()));
    GiftSyntax.File file = GiftSyntax.parse(text);
    assertEquals(1 + questions.size(), file.blocks().size());
    assertFalse(text.contains("\r"));
    assertEquals(text, GiftWriter.write(config(SPECIALS), course(List.of(lesson(1, SPECIALS, quiz("all", questions.toArray(Question[]::new)))), List.of())),
        "deterministic");
  }

  @Test
  void theExampleInTheDocumentationIsValidGift() throws Exception {
    String doc = Files.readString(Path.of("docs/export.md"));
    int section = doc.indexOf("### Reading the file");
    int start = doc.indexOf("```\n", section) + 4;
    GiftSyntax.File file = GiftSyntax.parse(doc.substring(start, doc.indexOf("```", start)));
    assertEquals(Kind.SINGLE_CHOICE, ((GiftSyntax.Question) file.blocks().get(1)).kind());
  }

  private static String header() {
    return "// Exported by Attune from \"T\"\n";
  }

  private static GiftSyntax.Question parseOne(Question question) {
    List<GiftSyntax.Block> blocks = GiftSyntax.parse(header() + "\n" + gift(question)).blocks();
    assertEquals(1, blocks.size());
    return (GiftSyntax.Question) blocks.get(0);
  }
}
