package dev.attune.pipeline;

import dev.attune.diagnostics.Diagnostics;
import java.util.Optional;

/**
 * The outcome of a build or check.
 *
 * @param pages HTML pages made (0 when the build stopped at errors)
 * @param pdfs printable PDFs made or reused from the cache
 * @param assets files copied from the content and the theme
 * @param written whether the output folder was replaced
 * @param refusal why the output folder could not be used, when it could not; nothing was built then
 * @param markdown how many Markdown files were rendered afresh, of how many (the others were as
 *     in the build cache); none when unknown
 */
public record BuildResult(Diagnostics diagnostics, int pages, int pdfs, int assets, boolean written, Optional<Refusal> refusal,
    Optional<Fresh> markdown) {
  /** Why a build would not touch its output folder, and what to do instead. */
  public record Refusal(String message, String hint) {}

  /** {@code rendered} of {@code files} were done afresh. */
  public record Fresh(int rendered, int files) {}

  public BuildResult(Diagnostics diagnostics, int pages, int pdfs, int assets, boolean written) {
    this(diagnostics, pages, pdfs, assets, written, Optional.empty(), Optional.empty());
  }

  static BuildResult refused(Diagnostics diagnostics, String message, String hint) {
    return new BuildResult(diagnostics, 0, 0, 0, false, Optional.of(new Refusal(message, hint)), Optional.empty());
  }

  public boolean succeeded() {
    return !diagnostics.hasErrors() && refusal.isEmpty();
  }
}
