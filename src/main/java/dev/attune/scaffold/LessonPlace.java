package dev.attune.scaffold;

import dev.attune.diagnostics.Suggestions;
import dev.attune.load.ContentLoader;
import dev.attune.load.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a new lesson goes: {@code lessons/}, or the module folder {@code --module} names when the
 * course has modules (then every lesson must be in one, so a module must be named).
 *
 * @param module the module's slug; empty for a course without modules
 */
record LessonPlace(SourceFolder folder, String module) {
  static LessonPlace find(Path content, Optional<String> typed) throws ScaffoldRefused {
    Path lessons = content.resolve(ContentLoader.LESSONS);
    List<String> modules = moduleFolders(lessons);
    if (modules.isEmpty()) {
      if (typed.isPresent()) {
        throw new ScaffoldRefused("this course has no modules, so there is no module '" + typed.get() + "'",
            "leave out --module; to group lessons into modules, make a folder " + ContentLoader.LESSONS + "/01-name/ with a "
                + ContentLoader.MODULE_FILE + " (see Modules in docs/authoring.md)");
      }
      return new LessonPlace(SourceFolder.of(lessons), "");
    }
    if (typed.isEmpty()) {
      throw new ScaffoldRefused("this course has modules, so a new lesson must go in one",
          "name its module with --module: " + list(modules));
    }
    List<String> matches = modules.stream().filter(folder -> matches(folder, typed.get().strip())).toList();
    if (matches.isEmpty()) {
      List<String> slugs = modules.stream().map(Slugs::slug).toList();
      String hint = Suggestions.closest(typed.get(), slugs)
          .map(slug -> "did you mean '" + slug + "'? The modules are: " + list(modules))
          .orElse("the modules are: " + list(modules));
      throw new ScaffoldRefused("no module of this course is called '" + typed.get() + "'", hint);
    }
    if (matches.size() > 1) {
      throw new ScaffoldRefused("'" + typed.get() + "' could be any of the modules " + list(matches),
          "name the module by the words of its folder's name instead");
    }
    return new LessonPlace(SourceFolder.of(lessons.resolve(matches.get(0))), Slugs.slug(matches.get(0)));
  }

  /** A module is named by its folder's name, by its slug ({@code practice}) or by its number ({@code 2} or {@code 02}). */
  private static boolean matches(String folder, String typed) {
    if (typed.equals(folder)) {
      return true;
    }
    if (typed.matches("\\d{1,9}")) {
      return Slugs.order(folder).equals(OptionalInt.of(Integer.parseInt(typed)));
    }
    String slug = Slugs.slugify(typed);
    return !slug.isEmpty() && slug.equals(Slugs.slug(folder));
  }

  /** The module folders in {@code lessons}, by name. */
  static List<String> moduleFolders(Path lessons) throws ScaffoldRefused {
    if (!Files.isDirectory(lessons)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(lessons)) {
      return entries.filter(Files::isDirectory)
          .map(folder -> folder.getFileName().toString())
          .filter(ContentLoader::isCourseName)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ScaffoldRefused("cannot read the folder '" + PathText.of(lessons) + "': " + e.getMessage(), "check that it exists and is readable");
    }
  }

  /** "foundations (01-foundations), practice (02-practice)" */
  private static String list(List<String> folders) {
    return folders.stream().map(folder -> Slugs.slug(folder) + " (" + folder + ")").collect(Collectors.joining(", "));
  }
}
