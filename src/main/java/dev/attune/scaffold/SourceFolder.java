package dev.attune.scaffold;

import dev.attune.load.ContentLoader;
import dev.attune.load.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * One folder of a course's Markdown files ({@code lessons/}, a module folder, {@code pages/},
 * {@code worksheets/}) as the loader reads it: the numbers and slugs of its files' names. A
 * folder that does not exist yet has no files.
 */
final class SourceFolder {
  private final Path path;
  private final List<String> names;

  private SourceFolder(Path path, List<String> names) {
    this.path = path;
    this.names = names;
  }

  static SourceFolder of(Path path) throws ScaffoldRefused {
    if (!Files.isDirectory(path)) {
      return new SourceFolder(path, List.of());
    }
    try (Stream<Path> entries = Files.list(path)) {
      return new SourceFolder(path, entries
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".md") && ContentLoader.isCourseName(name))
          .sorted()
          .toList());
    } catch (IOException e) {
      throw new ScaffoldRefused("cannot read the folder '" + PathText.of(path) + "': " + e.getMessage(), "check that it exists and is readable");
    }
  }

  Path path() {
    return path;
  }

  /** The Markdown files, by name. */
  List<String> names() {
    return names;
  }

  /** The number after the highest number of the files' names: after 01 and 07 comes 8. */
  int nextNumber() {
    return names.stream().map(Slugs::order).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).max().orElse(0) + 1;
  }

  /**
   * The name of a new file for {@code title}: numbered ({@code 08-listening.md}) when {@code
   * numbered} asks for it, or when a name without number would lose the title's own leading number
   * to the loader ("2024 review" would be read as number 2024, "review").
   */
  String nameFor(Title title, boolean numbered) {
    String plain = title.slug() + ".md";
    if (!numbered && Slugs.order(plain).isEmpty()) {
      return plain;
    }
    return String.format(Locale.ROOT, "%02d-%s", nextNumber(), plain);
  }

  /** Whether any file's name starts with a number, so that new files should too. */
  boolean isNumbered() {
    return names.stream().anyMatch(name -> Slugs.order(name).isPresent());
  }

  /** The file already published at {@code slug}, if any. */
  Optional<String> withSlug(String slug) {
    return names.stream().filter(name -> Slugs.slug(name).equals(slug)).findFirst();
  }

  /** The file {@code name} in this folder; a name the file system cannot take is refused. */
  Path resolve(String name) throws ScaffoldRefused {
    try {
      return path.resolve(name);
    } catch (InvalidPathException e) {
      String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
      throw new ScaffoldRefused("cannot name a file '" + name + "' here: Java writes file names as " + encoding + " in this terminal, not UTF-8",
          "run Attune with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or give a title in letters " + encoding + " has");
    }
  }
}
