package dev.attune.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param contentDisplay how diagnostics name the content folder (as the author typed it)
 * @param templates a folder of templates that override the built-in theme, if any
 * @param baseUrl replaces course.yml's base_url when present
 * @param drafts whether lessons and pages marked {@code draft: true} are built
 */
public record BuildOptions(
    Path content,
    String contentDisplay,
    Optional<Path> templates,
    String templatesDisplay,
    Path out,
    Optional<String> baseUrl,
    boolean drafts) {

  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(out, "out");
  }

  /** Options for {@code content} with the built-in theme, writing to {@code out}. */
  public static BuildOptions of(Path content, Path out) {
    return new BuildOptions(content, content.toString(), Optional.empty(), "", out, Optional.empty(), false);
  }
}
