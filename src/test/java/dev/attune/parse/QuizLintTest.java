package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.model.Html;
import dev.attune.model.Option;
import dev.attune.model.QuestionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizLintTest {
  private static Option option(String text, boolean correct) {
    return new Option("o-" + Math.abs(text.hashCode()), new Html(text), text, correct, Html.EMPTY);
  }

  private static List<String> check(QuestionType type, String stem, String hint, String lesson, Option... options) {
    return QuizLint.check(type, stem, List.of(options), hint, QuizLint.words(lesson)).stream().map(QuizLint.Finding::message).toList();
  }

  @Test
  void aKeyOnlyAShadeLongerIsNotACue() {
    assertEquals(List.of(), check(QuestionType.SINGLE, "Which?", "", "",
        option("They share how it lands", true), option("They give advice at once", false), option("They change the subject", false)));
    assertEquals(1, check(QuestionType.SINGLE, "Which?", "", "",
        option("They say how it lands and let the other see it", true), option("Advice", false), option("Silence", false)).size());
  }

  @Test
  void absoluteWordsAreWholeWordsOnly() {
    assertEquals(1, check(QuestionType.TRUE_FALSE, "You must agree.", "", "", option("True", false), option("False", true)).size());
    assertEquals(List.of(), check(QuestionType.TRUE_FALSE, "Everyone's needs can matter, including musty old ones.", "", "",
        option("True", true), option("False", false)));
  }

  @Test
  void hintsThatCountAreFoundAndOthersAreNot() {
    for (String hint : List.of("There are two right answers.", "Choose three.", "Two of these are correct.", "Pick 2 options.")) {
      assertEquals(1, check(QuestionType.MULTIPLE, "Which?", hint, "", option("A", true), option("B", false)).size(), hint);
    }
    for (String hint : List.of("Think about what the listener does next.", "One person speaks first; who listens?")) {
      assertEquals(List.of(), check(QuestionType.MULTIPLE, "Which?", hint, "", option("A", true), option("B", false)), hint);
    }
  }

  @Test
  void aKeyCopiedFromTheLessonIsFoundWhateverItsCaseAndPunctuation() {
    String lesson = "Mutual empathy means that both people are moved by each other, and both can show it.";
    assertEquals(1, check(QuestionType.SINGLE, "What?", "", lesson,
        option("Both people are moved by each other and both can show it", true),
        option("Only one person listens closely while the other one talks", false)).size());
    assertEquals(List.of(), check(QuestionType.SINGLE, "What?", "", lesson,
        option("Each is affected by the other", true), option("Only one person listens", false)));
    assertEquals(1, check(QuestionType.TRUE_FALSE, "Both people are moved by each other, and both can show it.", "", lesson,
        option("True", true), option("False", false)).size());
  }
}
