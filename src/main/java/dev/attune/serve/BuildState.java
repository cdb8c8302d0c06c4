package dev.attune.serve;

import dev.attune.model.Json;
import java.time.Instant;

/**
 * What the preview shows about the latest build. Pages are served with the generation they show,
 * and reload as soon as they hear of another (see {@link BuildEvents}).
 *
 * @param generation increases with every finished build, whether it succeeded or failed
 * @param errors the diagnostics of the latest build when it failed (formatted), else empty
 * @param finished when the build finished: the moment this state replaced the previous one
 */
record BuildState(int generation, String errors, Instant finished) {
  /** The state before the first build. */
  static BuildState none() {
    return new BuildState(0, "", Instant.EPOCH);
  }

  boolean failed() {
    return !errors.isEmpty();
  }

  /** The state that follows this one when a build finishes with {@code errors} (empty when it succeeded). */
  BuildState next(String errors) {
    return new BuildState(generation + 1, errors, Instant.now());
  }

  /** As served at {@code /_attune/status} and in each build event. */
  String toJson() {
    return Json.compact().beginObject()
        .field("generation", generation)
        .field("failed", failed())
        .field("errors", errors)
        .endObject().text();
  }
}
