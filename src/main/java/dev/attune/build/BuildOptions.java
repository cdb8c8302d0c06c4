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
 * @param pdf whether printable PDFs of the worksheets are made
 * @param cache where made PDFs are kept for reuse; none to always make them afresh
 */
public record BuildOptions(
    Path content,
    String contentDisplay,
    Optional<Path> templates,
    String templatesDisplay,
    Path out,
    Optional<String> baseUrl,
    boolean drafts,
    boolean pdf,
    Optional<Path> cache) {

  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(out, "out");
  }

  /** Options for {@code content} with the built-in theme, writing to {@code out}. */
  public static BuildOptions of(Path content, Path out) {
    return of(content, out, Optional.empty());
  }

  /** Options for {@code content} with the built-in theme, writing to {@code out}, caching PDFs in {@code cache}. */
  public static BuildOptions of(Path content, Path out, Optional<Path> cache) {
    return new BuildOptions(content, content.toString(), Optional.empty(), "", out, Optional.empty(), false, true, cache);
  }
}
