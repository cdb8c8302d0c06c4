package dev.attune.load;

import dev.attune.diagnostics.Position;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A lesson's front matter.
 *
 * @param duration minutes, or empty when the author did not say; without {@code duration}, the sum
 *     of {@code teaching} and {@code exercises} when either is given
 * @param teaching minutes of teaching (Carpentries' {@code teaching}), or empty
 * @param exercises minutes of exercises (Carpentries' {@code exercises}), or empty
 * @param positions where each key's value is, for diagnostics about inline Markdown in values
 */
public record LessonMeta(
    String title,
    String summary,
    OptionalInt duration,
    OptionalInt teaching,
    OptionalInt exercises,
    List<String> objectives,
    List<String> keypoints,
    boolean draft,
    OptionalInt weight,
    Map<String, Position> positions) {

  /** The keys a lesson's front matter may have. */
  public static final List<String> KEYS =
      List.of("title", "summary", "duration", "teaching", "exercises", "objectives", "keypoints", "draft", "weight");
}
