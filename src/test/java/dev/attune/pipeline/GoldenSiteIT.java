package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.testing.Golden;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds each fixture course and compares the {@code <main>} of every page with
 * {@code expected/<page>.html}. Only {@code <main>} is compared, so a change to the page frame
 * does not touch every golden file; {@link #theFrameOfOnePage} covers the frame once.
 */
class GoldenSiteIT {
  @TempDir Path out;

  @TestFactory
  Stream<DynamicNode> everyPageMatchesItsGoldenFile() throws IOException {
    return TestCourses.cases("courses").stream().map(course -> {
      Path site = build(course);
      List<Path> pages = htmlPages(site);
      return DynamicContainer.dynamicContainer(course.getFileName().toString(), pages.stream().map(page -> {
        String relative = site.relativize(page).toString().replace('\\', '/');
        return DynamicTest.dynamicTest(relative, () -> Golden.assertMatches(course.resolve("expected/" + relative), main(page)));
      }));
    });
  }

  @org.junit.jupiter.api.Test
  void theFrameOfOnePage() throws IOException {
    Path site = build(TestCourses.resource("courses/basic"));
    Document doc = Jsoup.parse(site.resolve("lessons/first-steps/index.html").toFile(), "UTF-8");
    doc.select("main").first().empty();
    doc.outputSettings().prettyPrint(true);
    Golden.assertMatches(TestCourses.resource("courses/basic/expected-frame.html"), doc.outerHtml() + "\n");
  }

  @org.junit.jupiter.api.Test
  void expectedFilesHaveNoLeftovers() throws IOException {
    Path course = TestCourses.resource("courses/basic");
    Path site = build(course);
    List<String> built = htmlPages(site).stream().map(p -> site.relativize(p).toString()).sorted().toList();
    List<String> expected;
    try (Stream<Path> files = Files.walk(course.resolve("expected"))) {
      expected = files.filter(Files::isRegularFile).map(p -> course.resolve("expected").relativize(p).toString()).sorted().toList();
    }
    if (!Golden.updating()) {
      assertEquals(built, expected, "a golden file without a page (or a page without a golden file)");
    }
  }

  private Path build(Path course) {
    Path site = out.resolve(course.getFileName().toString());
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(BuildOptions.of(course.resolve("content"), site));
    assertEquals(List.of(), result.diagnostics().sorted());
    return site;
  }

  private static List<Path> htmlPages(Path site) {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String main(Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    doc.outputSettings().prettyPrint(true).indentAmount(1);
    return doc.select("main").first().outerHtml() + "\n";
  }
}
