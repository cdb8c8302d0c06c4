package dev.attune.model;

/**
 * A piece of a page body in reading order: prose rendered from Markdown, or an interactive block
 * that the templates render.
 */
public sealed interface BodyPart permits HtmlPart, QuizPart, WorksheetPart {
  /** The part's kind as templates test it: {@code html}, {@code quiz}, {@code worksheet}. */
  String kind();
}
