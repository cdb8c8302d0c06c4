package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.config.CourseConfigReader;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Course;
import dev.attune.model.Home;
import dev.attune.testing.TestCourses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();
  private static final SiteAddresses ADDRESSES = new SiteAddresses("404.html", "answer-key/", "worksheets/", "worksheets/workbook.pdf");
  private final Course empty = new Course(Home.EMPTY, List.of(), List.of(), List.of(), List.of());

  @Test
  void theBuiltInThemeHasEveryTemplateAndItsStylesheet() throws Exception {
    List<RenderedPage> pages = new SiteRenderer(Theme.builtIn(), diagnostics, false).render(CourseConfigReader.fallback(), empty, ADDRESSES);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals(List.of("", "404.html"), pages.stream().map(RenderedPage::url).toList());
    assertTrue(Theme.builtIn().assets().containsKey("css/attune.css"));
  }

  @Test
  void aCourseTemplateOverridesTheBuiltInOneFileAtATime() throws Exception {
    TestCourses.write(dir.resolve("404.ftlh"), "<p>Custom ${course.title}</p>");
    TestCourses.write(dir.resolve("assets/css/attune.css"), "body{}");
    TestCourses.write(dir.resolve("assets/js/extra.js"), "1");
    Theme theme = Theme.withOverrides(dir, "templates");
    List<RenderedPage> pages = new SiteRenderer(theme, diagnostics, false).render(CourseConfigReader.fallback(), empty, ADDRESSES);
    assertEquals("<p>Custom Untitled course</p>", pages.get(1).html());
    assertTrue(pages.get(0).html().contains("<!doctype html>"), "home still from the built-in theme");
    assertEquals("body{}", new String(theme.assets().get("css/attune.css"), StandardCharsets.UTF_8));
    assertTrue(theme.assets().containsKey("js/extra.js"));
  }

  @Test
  void aTemplateMistakeIsReportedAtItsLine() throws Exception {
    TestCourses.write(dir.resolve("404.ftlh"), "<p>\n${course.nosuch}</p>");
    TestCourses.write(dir.resolve("page.ftlh"), "<#if>");
    new SiteRenderer(Theme.withOverrides(dir, "templates"), diagnostics, false).render(CourseConfigReader.fallback(), empty, ADDRESSES);
    List<Diagnostic> problems = diagnostics.sorted();
    assertEquals(1, problems.size());
    assertEquals("templates/404.ftlh", problems.get(0).path());
    assertEquals(2, problems.get(0).line());
    assertTrue(problems.get(0).message().startsWith("template failed:"), problems.get(0).message());
  }

  @Test
  void escapesTextButNotRenderedMarkdown() throws Exception {
    TestCourses.write(dir.resolve("404.ftlh"), "${course.title}");
    var config = CourseConfigReader.read("title: \"<b>A & B</b>\"", "course.yml", diagnostics);
    List<RenderedPage> pages = new SiteRenderer(Theme.withOverrides(dir, "templates"), diagnostics, false).render(config, empty, ADDRESSES);
    assertEquals("&lt;b&gt;A &amp; B&lt;/b&gt;", pages.get(1).html());
  }
}
