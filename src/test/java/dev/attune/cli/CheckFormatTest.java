package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Severity;
import dev.attune.testing.CliRunner;
import dev.attune.testing.TestCourses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune check --format text|json|github} and {@code --strict}. */
class CheckFormatTest {
  private static Schema schema;

  @TempDir Path dir;
  private final CliRunner cli = new CliRunner();

  @BeforeAll
  static void readSchema() throws Exception {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("docs/check.schema.json")), InputFormat.JSON);
  }

  /** A course with one error (a broken link) and one warning (an image without alt text). */
  private Path brokenCourse() {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve("assets/x.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    TestCourses.write(content.resolve("lessons/01-a.md"), "---\ntitle: A\n---\nSee [b](02-b.md), \"quoted\".\n\n![](../assets/x.svg)\n");
    return content;
  }

  /** A course whose only problem is a warning. */
  private Path warnedCourse() {
    Path content = dir.resolve("warned");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve("lessons/01-a.md"), "---\ntitle: A\n---\n# A\n\nText.\n");
    return content;
  }

  private static List<String> schemaProblems(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void jsonIsOneDocumentOnStandardOutputThatFollowsTheSchema() throws Exception {
    Path content = brokenCourse();
    assertEquals(1, cli.run("check", "--content", content.toString(), "--format", "json"));
    String json = cli.out();
    assertEquals(List.of(), schemaProblems(json));
    assertEquals("", cli.err(), "nothing but the document: no progress, no summary");
    JsonNode doc = new ObjectMapper().readTree(json);
    assertFalse(doc.get("passed").asBoolean());
    assertEquals(1, doc.get("errors").asInt());
    assertEquals(1, doc.get("warnings").asInt());
    JsonNode first = doc.get("diagnostics").get(0);
    assertEquals(content + "/lessons/01-a.md", first.get("file").asText());
    assertEquals(4, first.get("line").asInt());
    assertEquals(5, first.get("column").asInt());
    assertEquals("error", first.get("severity").asText());
    assertEquals("A0411", first.get("code").asText());
    assertTrue(first.get("message").asText().contains("02-b.md"), first.toString());
    assertFalse(first.get("hint").asText().isEmpty());
    JsonNode second = doc.get("diagnostics").get(1);
    assertEquals("warning", second.get("severity").asText());
    assertEquals("A0408", second.get("code").asText());
  }

  @Test
  void jsonOfACleanCourseSaysItPassed() throws Exception {
    assertEquals(0, cli.run("check", "--content", TestCourses.content("basic").toString(), "--format", "JSON"));
    assertEquals(List.of(), schemaProblems(cli.out()));
    JsonNode doc = new ObjectMapper().readTree(cli.out());
    assertTrue(doc.get("passed").asBoolean());
    assertEquals(7, doc.get("pages").asInt());
    assertEquals(0, doc.get("diagnostics").size());
  }

  @Test
  void githubPrintsOneWorkflowCommandPerProblemThenTheSummary() {
    Path content = brokenCourse();
    assertEquals(1, cli.run("check", "--content", content.toString(), "--format", "github"));
    List<String> lines = cli.out().lines().toList();
    assertEquals(3, lines.size(), cli.out());
    assertTrue(lines.get(0).startsWith("::error file=" + content + "/lessons/01-a.md,line=4,col=5,title=A0411 a link or image leads nowhere::"), lines.get(0));
    assertTrue(lines.get(0).contains("%0Ahint: "), "the hint is on the annotation's second line: " + lines.get(0));
    assertTrue(lines.get(1).startsWith("::warning file="), lines.get(1));
    assertTrue(lines.get(2).startsWith("Checked 0 pages"), lines.get(2));
  }

  @Test
  void githubEscapesWhatWouldEndTheCommand() {
    Diagnostic d = new Diagnostic(Severity.ERROR, Code.BROKEN_LINK, "content/a,b:c.md", 2, 0, "100% broken\r\nnext", "fix: this, that");
    assertEquals("::error file=content/a%2Cb%3Ac.md,line=2,title=A0411 a link or image leads nowhere::100%25 broken%0D%0Anext%0Ahint: fix: this, that",
        GithubAnnotations.of(d));
    assertEquals("::warning file=content/course.yml,title=A0107 a key Attune does not know::m",
        GithubAnnotations.of(new Diagnostic(Severity.WARNING, Code.UNKNOWN_KEY, "content/course.yml", 0, 0, "m", "")));
  }

  @Test
  void textNamesTheCodeOfEachProblem() {
    assertEquals(1, cli.run("check", "--content", brokenCourse().toString()));
    assertTrue(cli.err().contains("error: '02-b.md' does not exist") || cli.err().contains("[A0411]"), cli.err());
    assertTrue(cli.err().lines().anyMatch(l -> l.endsWith("[A0411]")), cli.err());
    assertTrue(cli.err().lines().anyMatch(l -> l.endsWith("[A0408]")), cli.err());
  }

  @Test
  void strictFailsOnWarningsAndSaysSo() throws Exception {
    Path content = warnedCourse();
    assertEquals(0, cli.run("check", "--content", content.toString()));
    assertTrue(cli.out().contains("0 errors, 1 warning."), cli.out());
    cli.reset();
    assertEquals(1, cli.run("check", "--content", content.toString(), "--strict"));
    assertTrue(cli.err().contains("0 errors, 1 warning; --strict fails on warnings."), cli.err());
    cli.reset();
    assertEquals(1, cli.run("check", "--content", content.toString(), "--strict", "--format", "json"));
    assertFalse(new ObjectMapper().readTree(cli.out()).get("passed").asBoolean());
  }

  @Test
  void anUnknownFormatIsAUsageMistake() {
    assertEquals(2, cli.run("check", "--format", "xml"));
    assertTrue(cli.err().contains("text, json, github") || cli.err().contains("TEXT, JSON, GITHUB"), cli.err());
  }

  @Test
  void checkWritesNothingAtAllNeitherBesideTheCourseNorInTheWorkingFolder() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("worksheets"), dir.resolve("course"));
    List<String> before = listing(dir);
    List<String> here = names(Path.of("").toAbsolutePath());
    assertEquals(0, cli.run("check", "--content", content.toString(), "--format", "json"));
    assertEquals(before, listing(dir), "check made or changed no file beside the course");
    assertEquals(here, names(Path.of("").toAbsolutePath()), "check made nothing in the working folder (no .attune-cache)");
  }

  private static List<String> listing(Path root) throws Exception {
    try (var files = Files.walk(root)) {
      return files.map(p -> root.relativize(p) + " " + (Files.isRegularFile(p) ? p.toFile().lastModified() + ":" + p.toFile().length() : "dir")).sorted().toList();
    }
  }

  private static List<String> names(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
