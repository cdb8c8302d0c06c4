package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.pipeline.BuildListener;
import dev.attune.pipeline.BuildOptions;
import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.List;

/** Checks a course as {@code attune check} does, for tests that want it free of every diagnostic. */
final class CourseCheck {
  private CourseCheck() {}

  /** Asserts that {@code content} builds without an error or a warning, and returns how many pages it has. */
  static int clean(Path content) {
    BuildResult result = new SiteBuilder(BuildListener.SILENT).check(BuildOptions.of(content, content.resolveSibling("site")));
    assertEquals(List.of(), result.diagnostics().sorted().stream().map(Diagnostic::format).toList());
    return result.pages();
  }
}
