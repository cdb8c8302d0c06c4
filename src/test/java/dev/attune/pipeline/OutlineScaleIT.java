package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.bench.CourseGenerator;
import dev.attune.testing.HtmlValidator;
import dev.attune.testing.SiteLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outline a lesson page carries stays the same size however many lessons the course has,
 * and grows only with the number of modules: work and output per page do not grow with the course.
 */
class OutlineScaleIT {
  @TempDir Path dir;

  private Path build(String name, int lessons, int perModule) throws IOException {
    Path content = dir.resolve(name + "/content");
    new CourseGenerator(lessons, perModule, 7).writeAttune(content);
    Path site = dir.resolve(name + "/site");
    BuildOptions options = new BuildOptions(content, "content", Optional.empty(), "", site, Optional.empty(), false, false, Optional.empty(), false);
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(options);
    assertTrue(result.succeeded(), () -> result.diagnostics().sorted().toString());
    return site;
  }

  private static Element outline(Path site, String lesson) throws IOException {
    Document page = Jsoup.parse(site.resolve("lessons/" + lesson + "/index.html").toFile(), "UTF-8");
    return page.selectFirst("nav.outline");
  }

  /**
   * The outline's size with what differs in length from course to course blanked: lesson numbers
   * and titles, and the quiz keys of the lessons that happen to have a quiz.
   */
  private static int size(Element outline) {
    return outline.outerHtml().replaceAll("data-lesson-quizzes=\"[^\"]*\"", "").replaceAll("\\d+", "#")
        .replaceAll("Lesson #: [^<]*<", "Lesson #<").length();
  }

  @Test
  void oneModuleOfThirtyOrOfSixHundredLessonsGivesTheSameOutline() throws Exception {
    Path small = build("small", 30, 1000);
    Path large = build("large", 600, 1000);
    Element smallOutline = outline(small, "module-1/lesson-15");
    Element largeOutline = outline(large, "module-1/lesson-300");
    assertEquals(15, largeOutline.select("ol > li").size(), "the current lesson and 7 on each side");
    assertEquals(List.of("Lessons 1–292", "Lessons 308–600"), largeOutline.select(".outline__more a").eachText());
    assertEquals("../../../#module-module-1", largeOutline.selectFirst(".outline__more a").attr("href"));
    assertEquals(List.of("Lessons 1–7", "Lessons 23–30"), smallOutline.select(".outline__more a").eachText());
    assertEquals(size(smallOutline), size(largeOutline));
    assertEquals(List.of(), SiteLinks.broken(large));
    HtmlValidator validator = new HtmlValidator();
    assertEquals(List.of(), validator.errors(large.resolve("lessons/module-1/lesson-300/index.html").toFile(), "lesson 300"));
  }

  @Test
  void theOutlineListsOnlyTheModulesNearby() throws Exception {
    Path fewer = build("fewer", 230, 10);
    Path more = build("more", 400, 10);
    Element fewerOutline = outline(fewer, "module-12/lesson-115");
    Element moreOutline = outline(more, "module-12/lesson-115");
    assertEquals(10, moreOutline.select(".outline__modules li").size(), "five modules on each side");
    assertEquals(List.of("6 earlier modules", "23 later modules"),
        moreOutline.select("p.outline__more a").eachText().stream().filter(t -> t.contains("module")).toList());
    assertEquals("../../../#lessons", moreOutline.selectFirst("p.outline__more a").attr("href"));
    assertEquals("Module 7, " , moreOutline.selectFirst(".outline__modules a").text().substring(0, 10));
    assertEquals(size(fewerOutline), size(moreOutline), "23 or 40 modules: the same outline");
    assertEquals(List.of(), new HtmlValidator().errors(more.resolve("lessons/module-12/lesson-115/index.html").toFile(), "lesson 115"));
  }

  @Test
  void windowsAtTheEdgesOfAModuleStayFifteenLessonsLong() throws IOException {
    Path site = build("edges", 40, 40);
    Element first = outline(site, "module-1/lesson-1");
    assertEquals(15, first.select("ol > li").size());
    assertEquals(List.of("Lessons 16–40"), first.select(".outline__more a").eachText());
    assertEquals("1", first.selectFirst("ol").attr("start"));
    Element last = outline(site, "module-1/lesson-40");
    assertEquals(List.of("Lessons 1–25"), last.select(".outline__more a").eachText());
    assertEquals("26", last.selectFirst("ol").attr("start"));
    assertTrue(Files.isRegularFile(site.resolve("index.html")));
    Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertEquals(40, home.select(".lesson-list li").size(), "the home page lists every lesson");
    assertEquals("module-module-1", home.selectFirst("h3.module-title").id());
  }
}
