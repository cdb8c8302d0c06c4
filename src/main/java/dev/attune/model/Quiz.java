package dev.attune.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quiz block of a lesson.
 *
 * @param id unique in the course; saved progress is kept under it
 * @param intro Markdown before the first question; may be empty
 */
public record Quiz(String id, String title, Html intro, List<Question> questions) {
  public Quiz {
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("quiz without questions: " + id);
    }
    Set<String> ids = new HashSet<>();
    for (Question question : questions) {
      if (!ids.add(question.id())) {
        throw new IllegalArgumentException("duplicate question id " + question.id() + " in quiz " + id);
      }
    }
  }
}
