package dev.attune.pipeline;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.Golden;
import dev.attune.testing.GeneratedFiles;
import dev.attune.testing.TestCourses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each folder under {@code src/test/resources/invalid} is a broken course with the exact
 * diagnostics a build must print for it in {@code expected.txt}: its {@code content}, and its
 * {@code templates} when it has them. Files too large to commit are made at run time from
 * {@code .gen} files (see {@link GeneratedFiles}).
 */
class InvalidCoursesIT {
  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> eachBrokenCourseGetsItsExactDiagnostics() {
    return TestCourses.cases("invalid").stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
      Path content = folder.resolve("content");
      if (GeneratedFiles.present(content)) {
        content = TestCourses.copy(content, out.resolve(folder.getFileName()));
        GeneratedFiles.expand(content);
      }
      Path templates = folder.resolve("templates");
      boolean themed = Files.isDirectory(templates);
      BuildOptions options = new BuildOptions(content, "content", themed ? Optional.of(templates) : Optional.empty(), themed ? "templates" : "",
          out.resolve("site"), Optional.empty(), false, true, Optional.empty(), false);
      BuildResult result = new SiteBuilder(BuildListener.SILENT).build(options);
      String actual = result.diagnostics().sorted().stream()
          .map(Diagnostic::format)
          .map(s -> s.replace(System.lineSeparator(), "\n"))
          .collect(Collectors.joining("\n", "", "\n"));
      Golden.assertMatches(folder.resolve("expected.txt"), actual);
      org.junit.jupiter.api.Assertions.assertFalse(result.written(), "nothing is written for a broken course");
    }));
  }
}
