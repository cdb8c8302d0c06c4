package dev.attune.build;

import dev.attune.diagnostics.Diagnostics;

/**
 * The outcome of a build or check.
 *
 * @param pages HTML pages made (0 when the build stopped at errors)
 * @param pdfs printable PDFs made or reused from the cache
 * @param assets files copied from the content and the theme
 * @param written whether the output folder was replaced
 */
public record BuildResult(Diagnostics diagnostics, int pages, int pdfs, int assets, boolean written) {
  public boolean succeeded() {
    return !diagnostics.hasErrors();
  }
}
