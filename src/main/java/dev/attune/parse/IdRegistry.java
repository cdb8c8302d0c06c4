package dev.attune.parse;

import dev.attune.diagnostics.Position;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ids of interactive blocks across a whole course. Learners' saved answers are stored under
 * these ids, so two quizzes (or two worksheets) must never share one. One registry per build.
 */
public final class IdRegistry {
  /** Where an id was first used. */
  record Claim(String path, Position position) {}

  private final Map<String, Claim> claims = new HashMap<>();

  /** Claims {@code id} for a block of {@code kind}; returns the earlier claim if there is one. */
  synchronized Optional<Claim> claim(String kind, String id, String path, Position position) {
    return Optional.ofNullable(claims.putIfAbsent(kind + ":" + id, new Claim(path, position)));
  }
}
