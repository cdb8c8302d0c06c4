package dev.attune.model;

import java.util.Objects;

/**
 * One option of a question: a choice, an accepted or anticipated short answer, or a step of an
 * ordering question (listed in the correct order).
 *
 * @param id stable within its question, derived from the option's text
 * @param text the option as plain text, for checking typed answers and for exports
 * @param correct for choices, whether it is a right answer; for short answers, whether it is accepted
 * @param feedback why this option is right or wrong; may be empty
 */
public record Option(String id, Html label, String text, boolean correct, Html feedback) {
  public Option {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(feedback, "feedback");
    if (text.isBlank()) {
      throw new IllegalArgumentException("option without text: " + id);
    }
  }
}
