package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The episodes of a real Carpentries Workbench lesson (git-novice, CC BY 4.0, copied into the
 * test resources) built as the lessons of a course: every block they use is known, every
 * solution is a closed {@code <details>}, and an instructor note reaches only the facilitator page.
 * Reading the whole Workbench layout (config.yaml, learners/, instructors/) is not this test's job.
 */
class CarpentriesBlocksIT {
  /** The episodes as the repository keeps them (CC BY 4.0, see its LICENSE.md), so the test runs wherever the suite does. */
  private static final Path FIXTURE = TestCourses.resource("carpentries-git-novice");
  private static final Pattern FIGURE = Pattern.compile("\\]\\((fig/[^)\\s]+)\\)");
  private static final String NOTE = "INSTRUCTOR-ONLY: ask the room which message they would pick before showing the solution.";

  @TempDir Path dir;

  @Test
  void theEpisodesBuildWithTheirBlocksAndTheInstructorNoteStaysOffLearnersPages() throws IOException {
    Path content = dir.resolve("content");
    Path lessons = content.resolve("lessons");
    Files.createDirectories(lessons);
    int solutions = 0;
    try (Stream<Path> episodes = Files.list(FIXTURE.resolve("episodes"))) {
      for (Path episode : episodes.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        // The glossary lives in learners/, which a later slice reads; here a page stands in for it.
        String text = Files.readString(episode).replaceAll("\\.\\./learners/reference\\.md(#[A-Za-z0-9_-]+)?", "../pages/reference.md");
        if (episode.getFileName().toString().equals("04-changes.md")) {
          text += "\n::: instructor\n\n" + NOTE + "\n\n:::\n";
        }
        solutions += text.split(":+ *solution", -1).length - 1;
        Files.writeString(lessons.resolve(episode.getFileName()), text);
        // The figures are not kept in the repository: empty files stand in for them.
        Matcher figures = FIGURE.matcher(text);
        while (figures.find()) {
          Path figure = lessons.resolve(figures.group(1));
          if (!Files.exists(figure)) {
            TestCourses.write(figure, "");
          }
        }
      }
    }
    Files.writeString(content.resolve("course.yml"), "title: Version Control with Git\n");
    Files.createDirectories(content.resolve("pages"));
    Files.writeString(content.resolve("pages/reference.md"), "---\ntitle: Reference\n---\nThe glossary.\n");

    CliRunner cli = new CliRunner();
    int exit = cli.run("build", "--no-pdf", "--content", content.toString(), "--out", dir.resolve("site").toString());
    assertEquals(0, exit, cli.err());
    for (String code : List.of("A0401", "A0402", "A0405", "A0406", "A0418")) {
      assertFalse(cli.err().contains(code), code + " in:\n" + cli.err());
    }

    Path site = dir.resolve("site");
    int found = 0;
    for (Path page : htmlPages(site)) {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      if (page.equals(site.resolve("facilitator/index.html"))) {
        continue;
      }
      for (Element solution : html.select(".collapsible-solution")) {
        found++;
        assertEquals("details", solution.tagName());
        assertFalse(solution.hasAttr("open"), "closed until asked: " + page);
        assertEquals("summary", solution.child(0).tagName());
        assertTrue(solution.closest(".callout-challenge") != null, "inside its challenge: " + page);
      }
    }
    assertEquals(solutions, found, "every solution of the episodes is on a page");
    assertTrue(solutions >= 20, "the fixture has its solutions");

    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.equals(site.resolve("facilitator/index.html")) && !file.toString().endsWith(".png")) {
          assertFalse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("INSTRUCTOR-ONLY"), "the note leaked into " + site.relativize(file));
        }
      }
    }

    Document facilitator = Jsoup.parse(site.resolve("facilitator/index.html").toFile(), "UTF-8");
    assertTrue(facilitator.select("#facilitator--lesson-4").first().parent().text().contains(NOTE), "the note is shown with its lesson");
    assertEquals(14, facilitator.select(".facilitator__schedule tbody tr").size());
    assertEquals("3:12", facilitator.select(".facilitator__schedule tfoot td").first().text(), "5+5+10+20+25+5+45+25+15+10+5+2+10+10 minutes");
    assertEquals("noindex", facilitator.select("meta[name=robots]").attr("content"));
    Document lesson = Jsoup.parse(site.resolve("lessons/open/index.html").toFile(), "UTF-8");
    assertTrue(lesson.select(".lesson-header .eyebrow").text().endsWith("10 min · teaching 5 min · exercises 5 min"), lesson.select(".eyebrow").text());
    assertEquals("Facilitator notes", lesson.select(".site-footer a[href$=facilitator/]").text());
  }

  private static List<Path> htmlPages(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
