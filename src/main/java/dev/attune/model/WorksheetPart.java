package dev.attune.model;

/** A worksheet in a lesson's body. */
public record WorksheetPart(Worksheet worksheet) implements BodyPart {
  @Override
  public String kind() {
    return "worksheet";
  }
}
