package dev.attune.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files of a content folder in a fixed order (by path, as bytes), so that two builds of
 * the same folder see the same files in the same order on every machine.
 */
final class ContentWalker {
  private ContentWalker() {}

  static List<SourceFile> walk(Path root, String displayRoot) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p))
          .filter(ContentWalker::isCourseFile)
          .map(rel -> toSource(root, rel, displayRoot))
          .sorted(Comparator.comparing(SourceFile::relativePath))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** Hidden files, editor backups and '_'-prefixed names (other than _module.yml) are skipped. */
  static boolean isCourseFile(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#")) {
        return false;
      }
      if (name.startsWith("_") && !name.equals(ContentLoader.MODULE_FILE)) {
        return false;
      }
    }
    return true;
  }

  private static SourceFile toSource(Path root, Path relative, String displayRoot) {
    String rel = relative.toString().replace('\\', '/');
    String display = displayRoot.isEmpty() ? rel : displayRoot + "/" + rel;
    return new SourceFile(root.resolve(relative), rel, display);
  }
}
