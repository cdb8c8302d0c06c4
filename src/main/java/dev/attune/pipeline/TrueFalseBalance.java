package dev.attune.pipeline;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.model.Course;
import dev.attune.model.Lesson;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.model.Quiz;
import java.util.ArrayList;
import java.util.List;

/**
 * A course-wide quiz check: when nearly every true/false statement is keyed the same way, a
 * learner who always answers "False" passes without reading. One warning for the course, on the
 * first lesson that holds one of the statements keyed the common way.
 */
final class TrueFalseBalance {
  /** Fewer statements than this say little about a course's habit. */
  static final int AT_LEAST = 4;
  /** Below this share, the rarer key is "nearly never" used. */
  static final double RARER_SHARE = 0.25;

  private TrueFalseBalance() {}

  static void check(Course course, Diagnostics diagnostics) {
    List<String> keyedTrue = new ArrayList<>();
    List<String> keyedFalse = new ArrayList<>();
    String trueAt = null;
    String falseAt = null;
    for (Lesson lesson : course.lessons()) {
      for (Quiz quiz : lesson.quizzes()) {
        for (Question question : quiz.questions()) {
          if (question.type() != QuestionType.TRUE_FALSE) {
            continue;
          }
          boolean isTrue = question.correctOptions().stream().map(Option::text).anyMatch(t -> t.equalsIgnoreCase("true"));
          (isTrue ? keyedTrue : keyedFalse).add(quiz.id() + "#" + question.id());
          if (isTrue && trueAt == null) {
            trueAt = lesson.sourcePath();
          } else if (!isTrue && falseAt == null) {
            falseAt = lesson.sourcePath();
          }
        }
      }
    }
    int total = keyedTrue.size() + keyedFalse.size();
    if (total < AT_LEAST || Math.min(keyedTrue.size(), keyedFalse.size()) >= total * RARER_SHARE) {
      return;
    }
    boolean mostlyTrue = keyedTrue.size() > keyedFalse.size();
    List<String> common = mostlyTrue ? keyedTrue : keyedFalse;
    diagnostics.warning(Code.TRUE_FALSE_IMBALANCE, mostlyTrue ? trueAt : falseAt, Position.FILE,
        common.size() + " of the course's " + total + " true/false statements are keyed " + (mostlyTrue ? "True" : "False")
            + ", so answering '" + (mostlyTrue ? "True" : "False") + "' every time passes them",
        "aim for between 40% and 60% of them true; the statements keyed " + (mostlyTrue ? "True" : "False") + " are "
            + String.join(", ", common));
  }
}
