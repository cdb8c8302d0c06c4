package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.Dirs;
import dev.attune.testing.SiteLinks;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real jar on fixture courses, as an author would. */
class EndToEndIT {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run attune(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("attune.jar", "target/attune.jar");
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarBuildsACourseWhoseLinksAllWork() throws Exception {
    TestCourses.copy(TestCourses.content("basic"), dir);
    Run run = attune("build");
    assertEquals(0, run.exit(), run.err());
    Path site = dir.resolve("site");
    for (String page : List.of("index.html", "404.html", "lessons/first-steps/index.html", "lessons/second-steps/index.html",
        "glossary/index.html", "about/index.html", "hidden/index.html", "assets/img/talk.svg", "theme/css/attune.css")) {
      assertTrue(Files.isRegularFile(site.resolve(page)), page);
    }
    assertEquals(List.of(), SiteLinks.broken(site));
    Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertEquals(List.of("lessons/first-steps/", "lessons/second-steps/"), home.select(".lesson-list a").eachAttr("href"));
    assertEquals(List.of("First steps", "Second steps"), home.select(".lesson-list a").eachText());
    assertEquals(List.of("About", "Glossary"), home.select(".site-nav a[href$=/]").eachText().subList(0, 2));
  }

  @Test
  void aFileNothingLinksToIsAWarningOnEveryBuildCachedOrNot() throws Exception {
    TestCourses.copy(TestCourses.content("basic"), dir);
    TestCourses.write(dir.resolve("content/assets/img/old-diagram.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    String warning = "content/assets/img/old-diagram.svg: warning: nothing links to this file, so no learner will come across it [A0219]\n"
        + "  hint: link to it or show it in a lesson or page (from a lesson, its address is ../assets/img/old-diagram.svg), or delete it;"
        + " to publish it on purpose without a link, move it out of assets/\n";
    Run first = attune("build", "--no-pdf");
    assertEquals(0, first.exit(), first.err());
    assertEquals(warning, first.err());
    Run second = attune("build", "--no-pdf");
    assertEquals(warning, second.err());
    assertTrue(second.out().contains("(1 warning); 0 of "), second.out());
    assertTrue(Files.isRegularFile(dir.resolve("site/assets/img/old-diagram.svg")), "still published");
  }

  @Test
  void aBrokenYamlFileGivesItsPositionAndExitOne() throws Exception {
    Path content = TestCourses.copy(TestCourses.resource("invalid/bad-yaml/content"), dir);
    Run run = attune("build", "--content", "content");
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("content/course.yml:2:10: error: invalid YAML: the '[' here is never closed [A0101]"), run.err());
    assertTrue(!run.err().contains("Exception"), run.err());
    assertTrue(Files.exists(content));
    assertTrue(!Files.exists(dir.resolve("site")), "no site written");
  }

  @Test
  void twoBuildsOfTheSameCourseAreByteIdentical() throws Exception {
    TestCourses.copy(TestCourses.content("basic"), dir);
    assertEquals(0, attune("build", "--out", "one", "--base-url", "https://example.org/c/").exit());
    assertEquals(0, attune("build", "--out", "two", "--base-url", "https://example.org/c/").exit());
    Map<String, byte[]> one = Dirs.snapshot(dir.resolve("one"));
    Map<String, byte[]> two = Dirs.snapshot(dir.resolve("two"));
    assertEquals(one.keySet(), two.keySet());
    one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
  }

  @Test
  void aBaseUrlAddsCanonicalLinksAndASitemap() throws Exception {
    TestCourses.copy(TestCourses.content("basic"), dir);
    assertEquals(0, attune("build", "--base-url", "https://example.org/c").exit());
    Document lesson = Jsoup.parse(dir.resolve("site/lessons/first-steps/index.html").toFile(), "UTF-8");
    assertEquals("https://example.org/c/lessons/first-steps/", lesson.select("link[rel=canonical]").attr("href"));
    String sitemap = Files.readString(dir.resolve("site/sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://example.org/c/glossary/</loc>"), sitemap);
    Document notFound = Jsoup.parse(dir.resolve("site/404.html").toFile(), "UTF-8");
    assertEquals("https://example.org/c/theme/css/attune.css", notFound.select("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void aRebuildRemovesPagesWhoseSourceIsGone() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    assertEquals(0, attune("build").exit());
    Files.delete(content.resolve("pages/hidden.md"));
    assertEquals(0, attune("build").exit());
    assertTrue(!Files.exists(dir.resolve("site/hidden")));
  }

  @Test
  void modulesGroupLessonsAndNumberThemAcrossTheCourse() throws Exception {
    TestCourses.copy(TestCourses.content("modules"), dir);
    assertEquals(0, attune("build").exit());
    Path site = dir.resolve("site");
    assertEquals(List.of(), SiteLinks.broken(site));
    Document drill = Jsoup.parse(site.resolve("lessons/practice/drill/index.html").toFile(), "UTF-8");
    assertTrue(drill.select(".eyebrow").text().startsWith("Lesson 3 of 3 · Practice · 1 h"), drill.select(".eyebrow").text());
  }

  /** check does everything but write: no site, no PDF cache, not a byte anywhere. */
  @Test
  void checkWritesNothingAtAll() throws Exception {
    TestCourses.copy(TestCourses.content("worksheets"), dir);
    java.util.Map<String, String> before = dev.attune.testing.Tree.snapshot(dir);
    Run run = attune("check");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Checked "), run.out());
    assertEquals(before, dev.attune.testing.Tree.snapshot(dir));
  }
}
