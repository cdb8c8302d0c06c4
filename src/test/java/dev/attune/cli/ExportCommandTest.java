package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.TestCourses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  private static final String LESSON = """
      ---
      title: A
      ---

      Some prose.

      :::quiz id=check title="Check"

      ### Which is right? {#which}

      - [ ] One way

        Not quite: only one way.
      - [x] Both ways

        Yes.

      Explanation: Because {it} goes both ways.

      ### Put these in order. {#steps type=order}

      1. First
      2. Second
      3. Third
      :::
      """;

  @TempDir Path dir;
  private final CliRunner cli = new CliRunner();

  private int run(String... args) {
    return cli.run(args);
  }

  private String out() {
    return cli.out();
  }

  private String err() {
    return cli.err();
  }

  private Path course(String lesson) {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    if (!lesson.isEmpty()) {
      TestCourses.write(content.resolve("lessons/01-a.md"), lesson);
    }
    return content;
  }

  @Test
  void writesGiftToStandardOutput() {
    Path content = course(LESSON);
    assertEquals(0, run("export", "--format", "gift", "--content", content.toString()), err());
    assertEquals("", err());
    assertTrue(out().startsWith("// Exported by Attune from \"T\"\n\n$CATEGORY: T/1. A\n\n::check/which::[html]Which is right? {\n"), out());
    assertTrue(out().contains("~One way#<p>Not quite\\: only one way.</p>\n=Both ways#<p>Yes.</p>\n"), out());
    assertTrue(out().contains("####<p>Because \\{it\\} goes both ways.</p>\n}\n"), out());
    assertTrue(out().contains("::check/steps::[html]Put these in order. {\n=First -> 1\n=Second -> 2\n=Third -> 3\n}\n"), out());
  }

  @Test
  void writesJsonToAFileInNewFoldersAndSummarizes() throws Exception {
    Path content = course(LESSON);
    Path file = dir.resolve("export/nested/quizzes.json");
    assertEquals(0, run("export", "--format", "JSON", "--content", content.toString(), "--out", file.toString()), err());
    assertEquals("Exported 1 quiz (2 questions) as JSON to " + file + System.lineSeparator(), out());
    assertEquals("", err());
    String json = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\n  \"format\": \"attune-quizzes\",\n  \"version\": 1,\n"), json);
    assertTrue(json.contains("\"url\": \"lessons/a/\""), json);
    assertTrue(json.contains("\"type\": \"order\""), json);
  }

  @Test
  void courseErrorsAreListedAndNothingIsWritten() {
    Path content = course(LESSON.replace("- [x] Both ways", "- [ ] Both ways"));
    Path file = dir.resolve("quizzes.gift.txt");
    assertEquals(1, run("export", "--format", "gift", "--content", content.toString(), "--out", file.toString()));
    assertTrue(err().contains("01-a.md:"), err());
    assertTrue(err().contains(": error: no option is marked correct [A0515]"), err());
    assertTrue(err().contains("Export failed: 1 error, 0 warnings. Fix the errors above and run again."), err());
    assertEquals("", out());
    assertFalse(Files.exists(file));
  }

  @Test
  void warningsArePrintedButDoNotStopTheExport() {
    Path content = course(LESSON.replace(" {#which}", ""));
    assertEquals(0, run("export", "--format", "gift", "--content", content.toString()));
    assertTrue(err().contains(": warning: this question has no id"), err());
    assertTrue(out().contains("::check/which-is-right::"), out());
  }

  @Test
  void aCourseWithoutQuizzesExportsAnEmptyFileWithAWarning() {
    Path content = course("---\ntitle: A\n---\n\nNo quiz.\n");
    assertEquals(0, run("export", "--format", "gift", "--content", content.toString()));
    assertEquals("// Exported by Attune from \"T\"\n", out());
    assertTrue(err().contains("warning: the course has no quizzes"), err());
    cli.reset();
    assertEquals(0, run("export", "--format", "json", "--content", content.toString()));
    assertTrue(out().contains("\"lessons\": [],\n  \"pages\": []\n}"), out());
  }

  @Test
  void usageMistakesExitWithTwo() {
    Path content = course(LESSON);
    assertEquals(2, run("export", "--content", content.toString()));
    assertTrue(err().contains("--format"), err());
    assertEquals(2, run("export", "--format", "xml", "--content", content.toString()));
    cli.reset();
    assertEquals(2, run("export", "--format", "gift", "--content", content.toString(), "--out", dir.toString()));
    assertTrue(err().contains("is a folder, not a file"), err());
  }

  @Test
  void helpHasExamples() {
    assertEquals(0, run("export", "--help"));
    assertTrue(out().contains("Examples:"), out());
    assertTrue(out().contains("--format"), out());
    assertTrue(out().contains("--content"), out());
  }
}
