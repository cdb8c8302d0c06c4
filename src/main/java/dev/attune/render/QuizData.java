package dev.attune.render;

import dev.attune.model.Answers;
import dev.attune.model.Html;
import dev.attune.model.Ids;
import dev.attune.model.Json;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.model.Quiz;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answers the quiz script checks against, as JSON in a {@code <script type="application/json">}
 * element: data in the markup rather than inline code, so the site works under a strict
 * Content-Security-Policy.
 */
final class QuizData {
  private QuizData() {}

  static Html of(Quiz quiz) {
    Json json = Json.compact().beginObject().field("id", quiz.id()).name("questions").beginObject();
    for (Question question : quiz.questions()) {
      json.name(question.id()).beginObject()
          .field("type", question.type().code())
          .field("key", key(question));
      ids(json.name("correct"), question.correctOptions());
      if (question.type() == QuestionType.ORDER) {
        ids(json.name("order"), question.options());
      }
      if (question.type() == QuestionType.SHORT) {
        json.name("answers").beginObject();
        for (Option option : question.options()) {
          json.field(Answers.normalize(option.text()), option.id());
        }
        json.endObject().field("pattern", question.pattern());
      }
      json.endObject();
    }
    return new Html(json.endObject().endObject().text());
  }

  /**
   * A fingerprint of what makes an answer right. Saved answers carry it, so a question whose
   * options or answers were changed by the author starts fresh instead of showing a stale result.
   */
  static String key(Question question) {
    String definition = question.type().code() + "|" + question.pattern() + "|"
        + question.options().stream().map(o -> o.id() + (o.correct() ? "+" : "-")).collect(Collectors.joining(","));
    return Ids.fingerprint(definition);
  }

  private static void ids(Json json, List<Option> options) {
    json.beginArray();
    for (Option option : options) {
      json.value(option.id());
    }
    json.endArray();
  }
}
