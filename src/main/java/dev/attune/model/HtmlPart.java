package dev.attune.model;

/** Prose rendered from Markdown. */
public record HtmlPart(Html html) implements BodyPart {
  @Override
  public String kind() {
    return "html";
  }
}
