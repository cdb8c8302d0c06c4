package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.HtmlValidator;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real lesson written for Pandoc, The Carpentries' git-novice (CC BY 4.0, in test resources),
 * built as the lessons of a course: its images' {alt='…'} blocks and its output blocks come out
 * as it means them. Its front matter is cut to the title, and its ':::' blocks (callouts of the
 * Workbench) are unwrapped, which is not what this test is about.
 */
class CarpentriesLessonIT {
  private static final Path EPISODES = Path.of("src/test/resources/carpentries-git-novice/episodes");
  private static final Pattern IMAGE_WITH_ALT = Pattern.compile("!\\[[^\\]]*\\]\\((fig/[^)]+)\\)\\{alt='((?:[^'\\\\]|\\\\.)*)'");
  private static final Pattern FIGURE = Pattern.compile("\\]\\((fig/[^)\\s]+)\\)");
  private static final Pattern FENCE_LINE = Pattern.compile("(?m)^:{3,}[^\\n]*\\n");
  private static final Pattern OUTSIDE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(\\.\\./(?:learners|instructors|profiles|episodes)/[^)]*\\)");

  @TempDir static Path dir;
  private static BuildResult result;
  private static Map<String, String> altTexts;
  private static int outputBlocks;

  @BeforeAll
  static void build() throws IOException {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: Version Control with Git\n");
    altTexts = new LinkedHashMap<>();
    List<Path> episodes;
    try (Stream<Path> files = Files.list(EPISODES)) {
      episodes = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path episode : episodes) {
      String text = Files.readString(episode);
      Matcher images = IMAGE_WITH_ALT.matcher(text);
      while (images.find()) {
        altTexts.put(images.group(1), images.group(2).replace("\\'", "'"));
      }
      Matcher figures = FIGURE.matcher(text);
      while (figures.find()) {
        Path figure = content.resolve("lessons").resolve(figures.group(1));
        if (!Files.exists(figure)) {
          TestCourses.write(figure, "");
        }
      }
      outputBlocks += (int) text.lines().filter(l -> l.strip().endsWith("```output")).count();
      TestCourses.write(content.resolve("lessons").resolve(episode.getFileName()), asLesson(text));
    }
    BuildOptions options = new BuildOptions(content, "content", Optional.empty(), "", dir.resolve("site"), Optional.empty(),
        false, true, Optional.empty(), false);
    result = new SiteBuilder(BuildListener.SILENT).build(options);
  }

  /** The episode with only its title as front matter, its ':::' lines gone and its links to the lesson's other folders as plain text. */
  private static String asLesson(String episode) {
    int end = episode.indexOf("\n---\n", 4);
    String title = episode.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
    String body = episode.substring(end + 5);
    body = FENCE_LINE.matcher(body).replaceAll("");
    body = OUTSIDE_LINK.matcher(body).replaceAll("$1");
    return "---\n" + title + "\n---\n" + body;
  }

  private static List<Document> pages() throws IOException {
    List<Document> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("site/lessons"))) {
      for (Path page : files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
        pages.add(Jsoup.parse(page.toFile(), "UTF-8"));
      }
    }
    return pages;
  }

  @Test
  void theLessonBuildsWithoutErrorsOrWarningsAboutItsAttributes() {
    List<String> errors = result.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    assertEquals(List.of(), errors);
    assertTrue(result.written());
    List<String> aboutAttributes = result.diagnostics().sorted().stream()
        .filter(d -> d.code().id().matches("A040[38]|A041[57]")).map(Diagnostic::format).toList();
    assertEquals(List.of(), aboutAttributes);
  }

  @Test
  void everyImageHasTheAltTextOfItsBlockAndNoBlockIsLeftAsText() throws IOException {
    assertTrue(altTexts.size() > 20, altTexts.toString());
    int images = 0;
    for (Document page : pages()) {
      String prose = page.select(".prose").text();
      assertFalse(prose.contains("{alt="), page.title() + ": " + prose);
      assertFalse(prose.contains("width=\""), page.title());
      for (Element img : page.select(".prose img")) {
        String src = img.attr("src");
        String name = src.substring(src.indexOf("fig/"));
        assertEquals(altTexts.get(name), img.attr("alt"), page.title() + ": " + src);
        images++;
      }
    }
    assertTrue(images >= altTexts.size(), images + " images");
  }

  @Test
  void widthsBecomeClassesAndACaptionedImageAFigure() throws IOException {
    Document basics = Jsoup.parse(dir.resolve("site/lessons/basics/index.html").toFile(), "UTF-8");
    assertEquals("img-w40", basics.select("img[src$=play-changes.svg]").attr("class"));
    Element comic = basics.select("figure.figure").first();
    assertTrue(comic != null, basics.select(".prose").html());
    assertEquals("\u201CnotFinal.doc\u201D by Jorge Cham, https://www.phdcomics.com", comic.select("figcaption").text());
    assertTrue(comic.select("img").attr("alt").startsWith("Comic: a PhD student sends"), comic.outerHtml());
  }

  @Test
  void outputBlocksAreLabelledAndCommandsKeepTheirLanguage() throws IOException {
    int outputs = 0;
    int bash = 0;
    for (Document page : pages()) {
      for (Element block : page.select(".prose figure.code-result--output")) {
        assertEquals("Output", block.select("figcaption").text());
        outputs++;
      }
      bash += page.select(".prose pre > code.language-bash").size();
      assertTrue(page.select(".prose code.language-output").isEmpty(), page.title());
    }
    assertEquals(outputBlocks, outputs);
    assertTrue(bash > 100, bash + " bash blocks");
  }

  @Test
  void everyHeadingLinksToItself() throws IOException {
    for (Document page : pages()) {
      for (Element heading : page.select(".prose h2[id], .prose h3[id]")) {
        Element self = heading.selectFirst("a.heading-link, a.heading-anchor");
        assertTrue(self != null, page.title() + ": " + heading.outerHtml());
        assertEquals("#" + heading.id(), self.attr("href"));
      }
    }
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    HtmlValidator validator = new HtmlValidator();
    List<String> errors = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("site/lessons"))) {
      for (Path page : files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
        errors.addAll(validator.errors(page.toFile(), dir.resolve("site").relativize(page).toString()));
      }
    }
    assertEquals(List.of(), errors);
  }
}
