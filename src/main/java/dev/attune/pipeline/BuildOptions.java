package dev.attune.pipeline;

import dev.attune.write.OutputLayout;
import dev.attune.write.RealPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param contentDisplay how diagnostics name the content folder (as the author typed it)
 * @param templates the folder of templates that override the built-in theme, when given ({@code
 *     --templates}); without it, the build looks where course.yml's {@code theme:} says, else in
 *     {@code templates/} beside the content folder (see {@link ThemeFolder})
 * @param baseUrl replaces course.yml's base_url when present
 * @param drafts whether lessons and pages marked {@code draft: true} are built
 * @param pdf whether printable PDFs of the worksheets are made
 * @param cache where made PDFs are kept for reuse; none to always make them afresh
 * @param force whether the build may replace an output folder that holds files Attune did not
 *     make (never one the output guard refuses outright, such as the content folder)
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
    Optional<Path> cache,
    boolean force) {

  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(out, "out");
  }

  /** The same options, with PDFs made or not. */
  public BuildOptions withPdf(boolean makePdfs) {
    return new BuildOptions(content, contentDisplay, templates, templatesDisplay, out, baseUrl, drafts, makePdfs, cache, force);
  }

  /** Options for {@code content} with the theme it names or has beside it, writing to {@code out}. */
  public static BuildOptions of(Path content, Path out) {
    return of(content, out, Optional.empty());
  }

  /** Options for {@code content} with the theme it names or has beside it, writing to {@code out}, caching PDFs in {@code cache}. */
  public static BuildOptions of(Path content, Path out, Optional<Path> cache) {
    return new BuildOptions(content, content.toString(), Optional.empty(), "", out, Optional.empty(), false, true, cache, false);
  }

  /**
   * The default PDF cache: a folder of Attune's beside the output folder (beside where a link
   * leads, like the staging folders); none beside the file system's root.
   */
  public static Optional<Path> cacheBeside(Path out) {
    Path site;
    try {
      site = RealPath.of(out);
    } catch (IOException e) {
      // A link loop: the build will report it when it claims the folder.
      site = out.toAbsolutePath().normalize();
    }
    return site.getFileName() == null ? Optional.empty() : Optional.of(OutputLayout.sibling(site, "cache"));
  }
}
