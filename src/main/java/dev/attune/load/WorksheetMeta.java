package dev.attune.load;

import dev.attune.diagnostics.Position;
import java.util.List;
import java.util.OptionalInt;

/**
 * The front matter of a worksheet file.
 *
 * @param id the worksheet's id; empty to use the file's slug
 * @param lesson the lesson it belongs to, as a path to the lesson's file relative to the worksheet; may be empty
 * @param lessonAt where {@code lesson} is written, for a broken-reference error
 */
public record WorksheetMeta(String title, String id, String summary, String lesson, Position lessonAt, boolean draft, OptionalInt weight) {
  /** The keys a worksheet file's front matter may have. */
  public static final List<String> KEYS = List.of("title", "id", "summary", "lesson", "draft", "weight");
}
