package dev.attune.config;

import dev.attune.diagnostics.Position;
import java.util.Objects;

/**
 * A path written in {@code course.yml}, kept with where it was written: the folder it names is
 * looked for later, by the build, and a message about it points at this line.
 *
 * @param path the path as written, relative to the folder that holds course.yml unless absolute
 * @param file how diagnostics name course.yml, e.g. {@code content/course.yml}
 * @param at where the value is in course.yml
 */
public record PathSetting(String path, String file, Position at) {
  public PathSetting {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(at, "at");
  }
}
