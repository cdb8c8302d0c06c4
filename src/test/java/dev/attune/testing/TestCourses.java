package dev.attune.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/** Locates the fixture courses under {@code src/test/resources} and copies them for editing. */
public final class TestCourses {
  private TestCourses() {}

  /** {@code src/test/resources/<relative>} on disk. */
  public static Path resource(String relative) {
    try {
      Path root = Path.of(TestCourses.class.getResource("/courses").toURI()).getParent();
      // Prefer the source folder, so that golden updates land in the repository.
      Path source = Path.of("src/test/resources").toAbsolutePath();
      return Files.isDirectory(source) ? source.resolve(relative) : root.resolve(relative);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The content folder of fixture course {@code name}. */
  public static Path content(String name) {
    return resource("courses/" + name + "/content");
  }

  /** A copy of {@code source} under {@code dir}, for tests that change files. */
  public static Path copy(Path source, Path dir) {
    try {
      Path target = dir.resolve(source.getFileName());
      Files.createDirectories(dir);
      PathUtils.copyDirectory(source, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case folders directly under {@code folder}, sorted. */
  public static List<Path> cases(String folder) {
    try (Stream<Path> entries = Files.list(resource(folder))) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} to {@code file}, creating folders. */
  public static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
