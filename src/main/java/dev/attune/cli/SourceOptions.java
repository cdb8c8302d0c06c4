package dev.attune.cli;

import dev.attune.pipeline.BuildOptions;
import dev.attune.config.BaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that reads a course shares. */
final class SourceOptions {
  static final String DEFAULT_CONTENT = "content";

  @Option(names = "--content", paramLabel = "DIR", defaultValue = DEFAULT_CONTENT,
      description = "The course's content folder (default: ${DEFAULT-VALUE}).")
  String content;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Templates that override the built-in theme, file by file; wins over course.yml's theme (default: course.yml's theme, else templates beside the content folder, when it exists).")
  String templates;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The address the site is published at, e.g. https://example.org/course/ (default: course.yml's base_url).")
  String baseUrl;

  @Option(names = "--drafts", description = "Also build lessons and pages marked 'draft: true'.")
  boolean drafts;

  /** Checks the options and turns them into build options writing to {@code out}, with PDFs and the cache beside it. */
  BuildOptions toBuildOptions(Path out) {
    return toBuildOptions(out, false, true, Optional.empty());
  }

  /**
   * As above; {@code force} lets the build replace a folder of files Attune did not make, and
   * {@code cache} is the build cache's folder when not the one beside {@code out}.
   */
  BuildOptions toBuildOptions(Path out, boolean force, boolean pdf, Optional<Path> cache) {
    Path contentDir = Path.of(content);
    if (!Files.isDirectory(contentDir)) {
      throw new UsageProblem("the content folder '" + content + "' does not exist",
          "run attune in the course's folder, or pass --content DIR");
    }
    // Without --templates, the build finds the override folder once it has read course.yml.
    Optional<Path> templatesDir = Optional.empty();
    String templatesDisplay = "";
    if (templates != null) {
      if (!Files.isDirectory(Path.of(templates))) {
        throw new UsageProblem("the templates folder '" + templates + "' does not exist",
            "leave out --templates to use course.yml's theme, or templates/ beside the content folder");
      }
      templatesDir = Optional.of(Path.of(templates));
      templatesDisplay = display(templates);
    }
    if (baseUrl != null) {
      BaseUrl.problem(baseUrl).ifPresent(problem -> {
        throw new UsageProblem("--base-url: " + problem, "give the full address, e.g. --base-url https://example.org/course/");
      });
    }
    Optional<Path> cacheDir = cache.isPresent() ? cache : BuildOptions.cacheBeside(out);
    return new BuildOptions(contentDir, display(content), templatesDir, templatesDisplay, out,
        Optional.ofNullable(baseUrl), drafts, pdf, cacheDir, force);
  }

  /** A folder as diagnostics print it: as typed, with '/' and no trailing slash. */
  static String display(String folder) {
    String text = folder.replace('\\', '/');
    while (text.length() > 1 && text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.startsWith("./") && text.length() > 2 ? text.substring(2) : text;
  }
}
