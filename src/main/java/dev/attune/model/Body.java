package dev.attune.model;

import java.util.List;
import java.util.Set;

/**
 * A rendered page body: its parts in reading order and its section headings.
 *
 * @param instructorNotes the {@code :::instructor} blocks, in reading order: never part of the
 *     learners' page, shown on the facilitator page
 * @param solutions the solutions and hints of its challenges, in reading order, for print
 * @param blocks the names of the {@code :::} blocks the body uses, e.g. {@code objectives}
 */
public record Body(List<BodyPart> parts, List<Heading> headings, List<Html> instructorNotes, List<Solution> solutions, Set<String> blocks) {
  public static final Body EMPTY = new Body(List.of(), List.of());

  public Body {
    parts = List.copyOf(parts);
    headings = List.copyOf(headings);
    instructorNotes = List.copyOf(instructorNotes);
    solutions = List.copyOf(solutions);
    blocks = Set.copyOf(blocks);
  }

  public Body(List<BodyPart> parts, List<Heading> headings) {
    this(parts, headings, List.of(), List.of(), Set.of());
  }
}
