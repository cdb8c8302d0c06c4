package dev.attune.model;

import java.util.List;
import java.util.Objects;

/**
 * One question of a quiz. The parser has checked the author's input; the constructor only
 * guards against programming mistakes.
 *
 * @param stem the question itself
 * @param context a scenario, quote or image shown with the question; may be empty
 * @param options choices, accepted answers, or steps in their correct order
 * @param pattern for short answers, a regular expression an answer may match instead; else empty
 * @param hint shown on request before answering; may be empty
 * @param explanation shown after answering; may be empty
 * @param shuffle whether a choice question's options are shown in a mixed-up order (ordering
 *     questions always are; true/false and short-answer questions never)
 */
public record Question(
    String id,
    QuestionType type,
    Html stem,
    String stemText,
    Html context,
    List<Option> options,
    String pattern,
    Html hint,
    Html explanation,
    boolean shuffle) {

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    options = List.copyOf(options);
    long correct = options.stream().filter(Option::correct).count();
    boolean valid = switch (type) {
      case SINGLE, TRUE_FALSE -> correct == 1;
      case MULTIPLE -> correct >= 1;
      case SHORT -> correct >= 1 || !pattern.isEmpty();
      case ORDER -> options.size() >= 2;
    };
    if (!valid) {
      throw new IllegalArgumentException("invalid " + type.code() + " question " + id);
    }
  }

  /** The options a learner must choose, or the accepted answers of a short question. */
  public List<Option> correctOptions() {
    return options.stream().filter(Option::correct).toList();
  }
}
