package dev.attune.model;

/** A quiz in a page body. */
public record QuizPart(Quiz quiz) implements BodyPart {
  @Override
  public String kind() {
    return "quiz";
  }
}
