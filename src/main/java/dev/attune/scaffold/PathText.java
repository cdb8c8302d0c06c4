package dev.attune.scaffold;

import java.nio.file.Path;

/** Paths as messages show them: as given, with '/'. */
final class PathText {
  private PathText() {}

  static String of(Path path) {
    return path.toString().replace('\\', '/');
  }
}
