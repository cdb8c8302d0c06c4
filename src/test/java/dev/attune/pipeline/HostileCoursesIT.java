package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.Golden;
import dev.attune.testing.SiteSafety;
import dev.attune.testing.TestCourses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each folder under {@code src/test/resources/hostile} is a course written to attack its
 * learners (scripts, handlers, script addresses, outside requests, broken-out data blocks) with
 * the exact warnings or errors a build must print in {@code expected.txt}. A course that builds
 * must publish nothing that runs or fetches from elsewhere ({@link SiteSafety}); one with errors
 * must leave the previous site as it was.
 */
class HostileCoursesIT {
  /** Courses that say raw_html: trusted: published as written, so not held to the safe rules. */
  private static final List<String> TRUSTED = List.of("trusted");

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> eachHostileCourseIsReportedAndPublishedSafely() {
    return TestCourses.cases("hostile").stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
      Path site = out.resolve(folder.getFileName().toString());
      Files.createDirectories(site);
      Files.writeString(site.resolve("previous.txt"), "the previous site");
      BuildResult result = build(folder.resolve("content"), site, true);
      Golden.assertMatches(folder.resolve("expected.txt"), format(result));
      if (result.diagnostics().hasErrors()) {
        assertFalse(result.written(), "nothing is written for a course with errors");
        assertEquals("the previous site", Files.readString(site.resolve("previous.txt")));
      } else if (!TRUSTED.contains(folder.getFileName().toString())) {
        assertTrue(result.written());
        assertEquals(List.of(), SiteSafety.problems(site));
      }
    }));
  }

  @Test
  void aTrustedCourseIsPublishedAsWrittenWithoutAPolicy() throws Exception {
    Path site = out.resolve("trusted");
    assertTrue(build(TestCourses.resource("hostile/trusted/content"), site, true).written());
    String page = Files.readString(site.resolve("lessons/trusted/index.html"));
    assertTrue(page.contains("<script src=\"../../assets/widget.js\"></script>"), page);
    assertTrue(page.contains("<a href=\"javascript:void(0)\">kept</a>"), page);
    assertFalse(page.contains("Content-Security-Policy"), page);
  }

  @Test
  void theSameHostileCourseBuildsTheSameSiteTwice() throws Exception {
    Path content = TestCourses.resource("hostile/mutation/content");
    build(content, out.resolve("one"), false);
    build(content, out.resolve("two"), false);
    assertEquals(Files.readString(out.resolve("one/lessons/mutation/index.html")), Files.readString(out.resolve("two/lessons/mutation/index.html")));
  }

  private static BuildResult build(Path content, Path site, boolean force) {
    BuildOptions options = new BuildOptions(content, "content", Optional.empty(), "", site,
        Optional.empty(), false, true, Optional.empty(), force);
    return new SiteBuilder(BuildListener.SILENT).build(options);
  }

  private static String format(BuildResult result) {
    return result.diagnostics().sorted().stream()
        .map(Diagnostic::format)
        .map(s -> s.replace(System.lineSeparator(), "\n"))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
