package dev.attune.pipeline;

import dev.attune.config.CourseConfig;
import dev.attune.config.PathSetting;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Suggestions;
import dev.attune.load.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder whose files override the built-in theme one at a time, and how messages name it.
 * Found once the build has read course.yml: {@code --templates} when given; else the folder that
 * course.yml's {@code theme:} names, relative to the folder that holds course.yml (the content
 * folder), as paths in course files always are; else {@code templates/} beside the content folder,
 * wherever attune runs. It is found whether or not it exists: the output guard protects it, and
 * the preview watches it, so that making it is a change like any other.
 */
record ThemeFolder(Path path, String display) {
  /** The override folder's name beside the content folder, when neither --templates nor theme: names one. */
  static final String BESIDE_CONTENT = "templates";

  /**
   * The override folder of the build, reporting a {@code theme:} that names no folder and a folder
   * whose files the content folder would publish; empty only for a content folder at the root.
   */
  static Optional<ThemeFolder> find(BuildOptions options, CourseConfig config, Diagnostics diagnostics) {
    Path content = options.content().toAbsolutePath().normalize();
    ThemeFolder folder;
    Optional<PathSetting> namedBy = Optional.empty();
    if (options.templates().isPresent()) {
      folder = new ThemeFolder(options.templates().get(), options.templatesDisplay());
    } else if (config.theme().isPresent()) {
      namedBy = config.theme();
      folder = new ThemeFolder(content.resolve(namedBy.get().path()).normalize(), displayed(options.contentDisplay(), namedBy.get().path()));
      if (!folder.checkNamed(namedBy.get(), diagnostics)) {
        return Optional.of(folder);
      }
    } else if (content.getParent() != null) {
      folder = new ThemeFolder(content.getParent().resolve(BESIDE_CONTENT), displayed(options.contentDisplay(), "../" + BESIDE_CONTENT));
    } else {
      return Optional.empty();
    }
    folder.rejectInside(content, namedBy, diagnostics);
    return Optional.of(folder);
  }

  /** Whether the folder is there; without it, the build uses the built-in theme alone. */
  boolean exists() {
    return Files.isDirectory(path);
  }

  /** Whether the folder that {@code theme:} names is one; reported at the line when it is not. */
  private boolean checkNamed(PathSetting theme, Diagnostics diagnostics) {
    if (exists()) {
      return true;
    }
    String hint = "'theme:' is relative to the folder that holds course.yml; fix the path, or remove the line to use "
        + BESIDE_CONTENT + "/ beside the content folder";
    if (Files.exists(path)) {
      diagnostics.error(Code.THEME_FOLDER_MISSING, theme.file(), theme.at(), "'theme' names '" + display + "', which is a file, not a folder", hint);
      return false;
    }
    Optional<String> closest = path.getParent() == null ? Optional.empty()
        : Suggestions.closest(path.getFileName().toString(), folders(path.getParent()));
    diagnostics.error(Code.THEME_FOLDER_MISSING, theme.file(), theme.at(), "'theme' names the folder '" + display + "', which does not exist",
        closest.map(name -> "did you mean '" + slashes(Path.of(theme.path()).resolveSibling(name)) + "'? ").orElse("") + hint);
    return false;
  }

  /**
   * A folder inside the content folder would be published with it, templates and all, unless its
   * name (or a folder's on the way) keeps the content folder's walk out of it, as '_theme' does.
   */
  private void rejectInside(Path content, Optional<PathSetting> namedBy, Diagnostics diagnostics) {
    if (!exists()) {
      return;
    }
    Path real;
    Path realContent;
    try {
      real = path.toRealPath();
      realContent = content.toRealPath();
    } catch (IOException e) {
      return; // the build reads neither then, and says so
    }
    if (!real.startsWith(realContent) || real.equals(realContent)) {
      return;
    }
    for (Path name : realContent.relativize(real)) {
      if (!ContentLoader.isCourseName(name.toString())) {
        return;
      }
    }
    String message = "the theme folder '" + display + "' is inside the content folder, so its templates would be published as course files";
    String hint = "move it out of the content folder, beside it, or start its name with '_' so that it is not published";
    if (namedBy.isPresent()) {
      diagnostics.error(Code.THEME_INSIDE_CONTENT, namedBy.get().file(), namedBy.get().at(), message, hint);
    } else {
      diagnostics.error(Code.THEME_INSIDE_CONTENT, display, Position.FILE, message, hint);
    }
  }

  private static List<String> folders(Path parent) {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(Files::isDirectory).map(entry -> entry.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** {@code relative} resolved against the content folder as the author typed it. */
  private static String displayed(String contentDisplay, String relative) {
    String text = slashes(Path.of(contentDisplay).resolve(relative).normalize());
    return text.isEmpty() ? "." : text;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
