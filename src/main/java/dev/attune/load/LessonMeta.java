package dev.attune.load;

import dev.attune.diagnostics.Position;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A lesson's front matter.
 *
 * @param duration minutes, or empty when the author did not say
 * @param positions where each key's value is, for diagnostics about inline Markdown in values
 */
public record LessonMeta(
    String title,
    String summary,
    OptionalInt duration,
    List<String> objectives,
    List<String> keypoints,
    boolean draft,
    OptionalInt weight,
    Map<String, Position> positions) {

  /** The keys a lesson's front matter may have. */
  public static final List<String> KEYS =
      List.of("title", "summary", "duration", "objectives", "keypoints", "draft", "weight");
}
