package dev.attune.render;

import dev.attune.model.Answers;
import dev.attune.model.Html;
import dev.attune.model.Ids;
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
    StringBuilder json = new StringBuilder("{\"id\":").append(string(quiz.id())).append(",\"questions\":{");
    boolean first = true;
    for (Question question : quiz.questions()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append(string(question.id())).append(":{\"type\":").append(string(question.type().code()))
          .append(",\"key\":").append(string(key(question)))
          .append(",\"correct\":").append(ids(question.correctOptions()));
      if (question.type() == QuestionType.ORDER) {
        json.append(",\"order\":").append(ids(question.options()));
      }
      if (question.type() == QuestionType.SHORT) {
        json.append(",\"answers\":{");
        json.append(question.options().stream()
            .map(o -> string(Answers.normalize(o.text())) + ":" + string(o.id()))
            .collect(Collectors.joining(",")));
        json.append("},\"pattern\":").append(string(question.pattern()));
      }
      json.append('}');
    }
    json.append("}}");
    // "</" would end the script element early; "<\/" means the same in JSON.
    return new Html(json.toString().replace("</", "<\\/"));
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

  private static String ids(List<Option> options) {
    return options.stream().map(o -> string(o.id())).collect(Collectors.joining(",", "[", "]"));
  }

  static String string(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
