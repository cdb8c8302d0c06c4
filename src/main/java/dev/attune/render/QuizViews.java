package dev.attune.render;

import dev.attune.model.Html;
import dev.attune.model.Ids;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.model.Quiz;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Builds what the quiz template and the quiz script need from a quiz. */
public final class QuizViews {
  private QuizViews() {}

  /**
   * A quiz for the template.
   *
   * @param domId the element id of the quiz's section, unique on the page
   * @param data the answer data for the quiz script, as JSON safe inside a script element
   */
  public record QuizView(String id, String domId, String title, Html intro, List<QuestionView> questions, Html data) {}

  /**
   * A question for the template.
   *
   * @param options in display order: choice options shuffled unless the author said shuffle=false, ordering steps mixed up (both the same way every build)
   * @param correctOrder for ordering questions, the options in their right order
   */
  public record QuestionView(
      String id,
      String domId,
      int number,
      int total,
      String type,
      String inputType,
      String instructions,
      Html stem,
      Html context,
      Html hint,
      Html explanation,
      List<OptionView> options,
      List<OptionView> correctOrder,
      List<OptionView> correctOptions,
      String key) {}

  public record OptionView(String id, String domId, Html label, String text, boolean correct, Html feedback) {}

  static QuizView of(Quiz quiz) {
    String domId = "quiz-" + quiz.id();
    List<QuestionView> questions = new ArrayList<>();
    int number = 0;
    for (Question question : quiz.questions()) {
      questions.add(question(question, domId + "-" + question.id(), ++number, quiz.questions().size()));
    }
    return new QuizView(quiz.id(), domId, quiz.title(), quiz.intro(), questions, QuizData.of(quiz));
  }

  private static QuestionView question(Question question, String domId, int number, int total) {
    List<OptionView> inOrder = new ArrayList<>();
    int index = 0;
    for (Option option : question.options()) {
      inOrder.add(new OptionView(option.id(), domId + "-" + (++index), option.label(), option.text(), option.correct(), option.feedback()));
    }
    List<OptionView> shown = switch (question.type()) {
      case ORDER -> mixedUp(inOrder, question.id());
      case SINGLE, MULTIPLE -> question.shuffle() ? shuffled(inOrder, question.id(), 0) : inOrder;
      case TRUE_FALSE, SHORT -> inOrder;
    };
    return new QuestionView(
        question.id(),
        domId,
        number,
        total,
        question.type().code(),
        question.type() == QuestionType.MULTIPLE ? "checkbox" : "radio",
        instructions(question.type()),
        question.stem(),
        question.context(),
        question.hint(),
        question.explanation(),
        shown,
        inOrder,
        inOrder.stream().filter(OptionView::correct).toList(),
        QuizData.key(question));
  }

  private static String instructions(QuestionType type) {
    return switch (type) {
      case SINGLE, TRUE_FALSE -> "Choose one answer.";
      case MULTIPLE -> "Select all that apply.";
      case SHORT -> "Type your answer.";
      case ORDER -> "Put these in order, first at the top. Use the Move up and Move down buttons, or drag an item.";
    };
  }

  /**
   * The options in an order that is the same on every build, seeded by the question's id (and
   * {@code attempt}), so the right answer sits anywhere but where the author happened to write it.
   */
  static <T> List<T> shuffled(List<T> items, String seed, int attempt) {
    List<T> mixed = new ArrayList<>(items);
    Collections.shuffle(mixed, new Random(Ids.fingerprint(seed.toLowerCase(Locale.ROOT)).hashCode() + 31L * attempt));
    return mixed;
  }

  /**
   * The steps of an ordering question mixed up the same way on every build: no step in its
   * place, and (from four steps on, where that is possible) not the right order turned round,
   * which a learner would fix with one move.
   */
  static <T> List<T> mixedUp(List<T> steps, String seed) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      List<T> mixed = shuffled(steps, seed, attempt);
      if (isDerangement(mixed, steps) && (steps.size() < 4 || !isRotation(mixed, steps))) {
        return mixed;
      }
    }
    List<T> turned = new ArrayList<>(steps);
    Collections.rotate(turned, 1);
    return turned;
  }

  private static <T> boolean isDerangement(List<T> mixed, List<T> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (mixed.get(i).equals(steps.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static <T> boolean isRotation(List<T> mixed, List<T> steps) {
    int n = steps.size();
    int shift = steps.indexOf(mixed.get(0));
    for (int i = 0; i < n; i++) {
      if (!mixed.get(i).equals(steps.get((shift + i) % n))) {
        return false;
      }
    }
    return true;
  }
}
