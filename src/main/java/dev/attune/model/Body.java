package dev.attune.model;

import java.util.List;

/** A rendered page body: its parts in reading order and its section headings. */
public record Body(List<BodyPart> parts, List<Heading> headings) {
  public static final Body EMPTY = new Body(List.of(), List.of());

  public Body {
    parts = List.copyOf(parts);
    headings = List.copyOf(headings);
  }
}
