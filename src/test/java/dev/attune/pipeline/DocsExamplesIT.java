package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.DocExamples;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author's guide cannot drift from the tool: every fenced example in docs/authoring.md is a
 * file of an example course (the comment before it says which, see {@link DocExamples}), and that
 * course builds without an error or a warning; every message in its table of errors is exactly
 * what the build says for a course with that mistake.
 */
class DocsExamplesIT {
  private static final Path GUIDE = Path.of("docs/authoring.md");
  /** Files the guide's examples use but cannot show: the image its image example links to. */
  private static final Map<String, String> SUPPORTING_FILES = Map.of("assets/diagrams/one-way-vs-mutual.svg",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>\n");

  @TempDir Path dir;

  private static List<DocExamples.Block> blocks() throws IOException {
    return DocExamples.blocks(Files.readString(GUIDE));
  }

  @Test
  void everyFencedBlockSaysWhetherItIsAnExample() throws IOException {
    List<String> unmarked = blocks().stream().filter(b -> !b.isExample() && !b.isNotBuilt())
        .map(b -> "line " + b.line() + ": " + (b.marker().isEmpty() ? "no comment before it" : "<!-- " + b.marker() + " -->")).toList();
    assertEquals(List.of(), unmarked, "put <!-- example: PATH --> (or body, quiz, worksheet) or <!-- not built: why --> before each block");
  }

  @Test
  void theGuidesExamplesBuildWithoutAnErrorOrAWarning() throws IOException {
    Map<String, String> files = new LinkedHashMap<>(DocExamples.course(blocks()));
    assertTrue(files.containsKey("course.yml") && files.keySet().stream().anyMatch(p -> p.startsWith("lessons/")), files.keySet().toString());
    files.putAll(SUPPORTING_FILES);
    BuildResult result = build(files);
    assertEquals(List.of(), formatted(result), "the guide's examples, as built:\n" + files);
    assertTrue(result.written());
  }

  /** A row of the guide's table of errors: each message in its first cell, and whether it says "(warning)". */
  private record Row(String message, boolean warning) {}

  private static List<Row> errorTable() throws IOException {
    String guide = Files.readString(GUIDE);
    String section = guide.substring(guide.indexOf("\n## Errors and warnings"));
    List<Row> rows = new ArrayList<>();
    Pattern code = Pattern.compile("`([^`]+)`");
    for (String line : section.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String cell = line.substring(1, line.indexOf(" | ", 1));
      Matcher m = code.matcher(cell);
      while (m.find()) {
        rows.add(new Row(m.group(1), cell.contains("(warning)")));
      }
    }
    return rows;
  }

  @TestFactory
  Stream<DynamicTest> eachMessageOfTheErrorTableIsWhatTheBuildSays() throws IOException {
    List<Row> rows = errorTable();
    List<String> documented = rows.stream().map(Row::message).toList();
    DynamicTest noStaleInputs = DynamicTest.dynamicTest("every broken course is for a message of the table", () -> assertEquals(List.of(),
        BrokenCourses.INPUTS.keySet().stream().filter(m -> !documented.contains(m)).toList(), "messages the guide's table no longer has"));
    return Stream.concat(Stream.of(noStaleInputs), rows.stream().map(row -> DynamicTest.dynamicTest(row.message(), () -> {
      Map<String, byte[]> input = BrokenCourses.INPUTS.get(row.message());
      assertTrue(input != null, "no broken course for this message of the guide's table: add one to BrokenCourses.INPUTS");
      Path content = dir.resolve("case-" + rows.indexOf(row)).resolve("content");
      BrokenCourses.write(input, content);
      BuildResult result = build(content);
      Pattern expected = Pattern.compile(Pattern.quote(row.message()).replace("…", "\\E.*\\Q"));
      List<Diagnostic> matching = result.diagnostics().sorted().stream()
          .filter(d -> d.isError() != row.warning() && expected.matcher(d.message()).matches()).toList();
      assertTrue(!matching.isEmpty(), (row.warning() ? "warning" : "error") + " not given; the build said:\n"
          + String.join("\n", formatted(result)));
    })));
  }

  private BuildResult build(Map<String, String> files) {
    Path content = dir.resolve("content");
    files.forEach((path, text) -> TestCourses.write(content.resolve(path), text));
    return build(content);
  }

  private BuildResult build(Path content) {
    BuildOptions options = new BuildOptions(content, "content", Optional.empty(), "", content.resolveSibling("site"), Optional.empty(),
        false, false, Optional.empty(), false);
    return new SiteBuilder(BuildListener.SILENT).build(options);
  }

  private static List<String> formatted(BuildResult result) {
    return result.diagnostics().sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }

  /** A small course for each message of the guide's table of errors, made to give that message. */
  private static final class BrokenCourses {
    private static final String LESSON = "---\ntitle: A lesson\n---\nText.\n";

    static final Map<String, Map<String, byte[]>> INPUTS = new LinkedHashMap<>();

    static {
      String indented = "---\ntitle: A lesson\n  summary: Listening\n---\nText.\n";
      lesson("invalid YAML: …", indented);
      lesson("invalid YAML: this line is indented more than 'title:' above; keys at the same level must line up", indented);
      lesson("the text from this '#' on is read as a comment and left out of the value", "---\ntitle: We are #1\n---\nText.\n");
      lesson("this '---' closes the front matter at once, …", "---\n---\ntitle: A lesson\n---\nText.\n");
      lesson("missing 'title'", "---\nsummary: Listening\n---\nText.\n");
      lesson("unknown key 'titel' in lesson front matter", "---\ntitle: A lesson\ntitel: A lesson\n---\nText.\n");
      lesson("front matter opened by '---' on line 1 is never closed", "---\ntitle: A lesson\nText.\n");
      lesson("'objectives' must be a list of strings, not a number", "---\ntitle: A lesson\nobjectives: 5\n---\nText.\n");
      put("the file is not valid UTF-8 text: the byte 0xE9 here cannot be read as UTF-8", "lessons/01-a.md",
          "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
      put("this link leads to '/etc/passwd', outside the content folder", "assets/passwd", null);
      with("this file's name has no letter or digit to make its address of", "lessons/02-!!.md", LESSON);
      lesson("'02-nxt.md' does not exist in the content folder", "---\ntitle: A lesson\n---\nSee [the next one](02-nxt.md).\n");
      with("'02-nxt.md' does not exist in the content folder", "lessons/02-next.md", "---\ntitle: Next\n---\nText.\n");
      lesson("'lessons/02-next.md' has no heading with the id 'x'", "---\ntitle: A lesson\n---\nSee [it](02-next.md#x).\n");
      with("'lessons/02-next.md' has no heading with the id 'x'", "lessons/02-next.md", "---\ntitle: Next\n---\nText.\n");
      lesson("unknown block ':::tipp'", "---\ntitle: A lesson\n---\n:::tipp\nText.\n:::\n");
      lesson("':::note' is never closed", "---\ntitle: A lesson\n---\n:::note\nText.\n");
      lesson("':::' closes no block", "---\ntitle: A lesson\n---\nText.\n\n:::\n");
      lesson("a ':::solution' must be inside a ':::challenge'", "---\ntitle: A lesson\n---\n:::solution\nThe answer.\n:::\n");
      with("this lesson and 01-intro.md would both be published as 'intro'", "lessons/01-intro.md", LESSON);
      with("this lesson and 01-intro.md would both be published as 'intro'", "lessons/02-intro.md", LESSON);
      lesson("this line is indented with a tab", "---\ntitle: A lesson\n---\n- An item\n\n\tits second paragraph\n");
      lesson("this line is indented with a tab, which changes what the block reads",
          "---\ntitle: A lesson\n---\n:::quiz id=q\n\n### Which? {#which}\n\n- [x] This one\n\tbecause it is.\n- [ ] That one\n:::\n");
      with("this Markdown file is in no folder the course reads, so it would not be published", "lesson/02-next.md", LESSON);
      lesson("this image has no text alternative", "---\ntitle: A lesson\n---\n![](../assets/a.svg)\n");
      with("this image has no text alternative", "assets/a.svg", SUPPORTING_FILES.values().iterator().next());
      lesson("'style' was left out: inline styles are blocked by the pages' Content-Security-Policy",
          "---\ntitle: A lesson\n---\nSome [words]{style=\"color: red\"}.\n");
      lesson("the quote ' after 'alt=' is never closed", "---\ntitle: A lesson\n---\n![A](../assets/a.svg){alt='A picture}\n");
      with("the quote ' after 'alt=' is never closed", "assets/a.svg", SUPPORTING_FILES.values().iterator().next());
      with("nothing links to this file, so no learner will come across it", "assets/unused.svg", SUPPORTING_FILES.values().iterator().next());
      with("this looks like a backup copy, not a file of the course, so it is not published", "assets/diagram.svg.bak", "<svg/>");
      with("'theme' names the folder '…', which does not exist", "course.yml", "title: Broken\ntheme: my-theme\n");
      // Beside the content folder, where the build looks for templates without 'theme:'.
      with("this file replaces nothing: the built-in theme has no file 'lessons.ftlh', and no template here includes it",
          "../templates/lessons.ftlh", "<p>a misspelt override</p>\n");
      lesson("block quotes, lists, blocks or emphasis nest 1,002 levels deep here; at most 100 levels are allowed",
          "---\ntitle: A lesson\n---\n" + "> ".repeat(1000) + "Text.\n");
      with("lists and mappings nest more than 50 levels deep here", "course.yml",
          "title: Broken\nsubtitle: " + "[".repeat(51) + "]".repeat(51) + "\n");
      with("more than 20 aliases ('*a') repeat lists or mappings", "course.yml",
          "title: Broken\nsubtitle: &a [x]\nauthors: [" + "*a, ".repeat(20) + "*a]\n");
    }

    private static void lesson(String message, String text) {
      with(message, "lessons/01-a.md", text);
    }

    private static void with(String message, String path, String text) {
      put(message, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bytes} null makes a link to /etc/passwd. */
    private static void put(String message, String path, byte[] bytes) {
      INPUTS.computeIfAbsent(message, m -> new LinkedHashMap<>(Map.of("course.yml", "title: Broken\n".getBytes(StandardCharsets.UTF_8))))
          .put(path, bytes);
    }

    static void write(Map<String, byte[]> files, Path content) throws IOException {
      if (files.keySet().stream().noneMatch(p -> p.startsWith("lessons/"))) {
        files = new LinkedHashMap<>(files);
        files.put("lessons/01-a.md", LESSON.getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = content.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        if (file.getValue() == null) {
          Files.createSymbolicLink(path, Path.of("/etc/passwd"));
        } else {
          Files.write(path, file.getValue());
        }
      }
    }
  }
}
