package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.HtmlValidator;
import dev.attune.testing.SiteLinks;
import dev.attune.testing.TestCourses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course that ships in content/ and the fixture courses build cleanly into valid, linked pages. */
class ShippedCourseIT {
  @TempDir static Path out;
  static Path shipped;
  static Path basic;

  @BeforeAll
  static void buildBoth() {
    shipped = build(Path.of("content"), "shipped", true);
    basic = build(TestCourses.content("basic"), "basic", true);
  }

  private static Path build(Path content, String name, boolean drafts) {
    Path site = out.resolve(name);
    BuildOptions options = new BuildOptions(content, "content", java.util.Optional.of(Path.of("templates")), "templates", site,
        java.util.Optional.of("https://example.org/course/"), drafts, true, java.util.Optional.of(out.resolve("cache")), false);
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(options);
    assertEquals(List.of(), result.diagnostics().sorted().stream().map(Diagnostic::format).toList(), "no errors and no warnings");
    return site;
  }

  @Test
  void theShippedCourseHasEveryLessonAndPage() {
    for (String page : List.of("index.html", "glossary/index.html", "facilitator-guide/index.html", "sources/index.html")) {
      assertTrue(Files.isRegularFile(shipped.resolve(page)), page);
    }
    try (Stream<Path> lessons = Files.list(shipped.resolve("lessons"))) {
      assertEquals(7, lessons.count());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyLinkLeadsSomewhere() {
    assertEquals(List.of(), SiteLinks.broken(shipped));
    assertEquals(List.of(), SiteLinks.broken(basic));
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    HtmlValidator validator = new HtmlValidator();
    List<String> errors = new ArrayList<>();
    for (Path site : List.of(shipped, basic)) {
      try (Stream<Path> files = Files.walk(site)) {
        for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
          errors.addAll(validator.errors(page.toFile(), out.relativize(page).toString()));
        }
      }
    }
    assertEquals(List.of(), errors);
  }
}
