package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.CodeDocs;
import dev.attune.testing.FileNames;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every diagnostic code, shown by the smallest course that has the problem: the build must report
 * that code, with a message that matches the example docs/diagnostics.md gives for it. A new code
 * without a case here fails, so no code goes untested or undocumented.
 */
class DiagnosticCodesIT {
  private static final String LESSON = "lessons/01-a.md";
  private static final String WORKSHEET = "worksheets/w.md";
  private static final Map<Code, Case> CASES = cases();

  @TempDir Path dir;

  /** A small course: files to write (null deletes one), an optional step on disk, and how to build it. */
  private record Case(Map<String, String> files, Setup setup, boolean pdf, Map<String, String> templates, String out) {
    Case with(Setup more) {
      return new Case(files, more, pdf, templates, out);
    }

    /** Built for real, PDFs included, rather than checked. */
    Case withPdf() {
      return new Case(files, setup, true, templates, out);
    }

    /** Built for real into {@code folder} (relative to the course), rather than checked. */
    Case into(String folder) {
      return new Case(files, setup, true, templates, folder);
    }
  }

  @FunctionalInterface
  private interface Setup {
    void on(Path content) throws Exception;
  }

  @ParameterizedTest
  @EnumSource(Code.class)
  void eachCodeIsReportedForItsCaseAndMatchesItsDocumentedExample(Code code) throws Exception {
    Case c = CASES.get(code);
    assertTrue(c != null, "no case shows " + code.id() + " (" + code + "): add one to DiagnosticCodesIT");
    List<Diagnostic> found = run(c);
    Optional<Diagnostic> shown = found.stream().filter(d -> d.code() == code).findFirst();
    assertTrue(shown.isPresent(), code.id() + " was not reported; the case gave:\n"
        + found.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    String example = CodeDocs.read().get(code.id()).example();
    assertTrue(CodeDocs.matches(example, shown.get().message()),
        code.id() + ": docs/diagnostics.md says it is seen as `" + example + "`, but the message is `" + shown.get().message() + "`");
    assertTrue(!shown.get().hint().isEmpty(), code.id() + " has no hint: every hint says what to do");
  }

  @Test
  void theCasesAreEachCodeOnce() {
    assertEquals(Code.values().length, CASES.size());
  }

  private List<Diagnostic> run(Case c) throws Exception {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve(LESSON), "---\ntitle: A\n---\nText.\n");
    for (Map.Entry<String, String> file : c.files().entrySet()) {
      if (file.getValue() == null) {
        Files.delete(content.resolve(file.getKey()));
      } else {
        TestCourses.write(content.resolve(file.getKey()), file.getValue());
      }
    }
    Optional<Path> templates = Optional.empty();
    if (!c.templates().isEmpty()) {
      templates = Optional.of(dir.resolve("templates"));
      for (Map.Entry<String, String> file : c.templates().entrySet()) {
        TestCourses.write(templates.get().resolve(file.getKey()), file.getValue());
      }
    }
    c.setup().on(content);
    BuildOptions options = new BuildOptions(content, "content", templates, templates.isPresent() ? "templates" : "",
        dir.resolve(c.out()), Optional.empty(), false, c.pdf(), Optional.empty(), false);
    BuildResult result = c.pdf() ? new SiteBuilder(BuildListener.SILENT).build(options) : new SiteBuilder(BuildListener.SILENT).check(options);
    return result.diagnostics().all();
  }

  private static Case files(String... pathsAndTexts) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return new Case(files, content -> {}, false, Map.of(), "site");
  }

  private static Case courseYml(String text) {
    return files("course.yml", text);
  }

  private static Case lesson(String body) {
    return files(LESSON, "---\ntitle: A\n---\n" + body);
  }

  private static Case frontMatter(String yaml) {
    return files(LESSON, "---\ntitle: A\n" + yaml + "---\nText.\n");
  }

  private static Case question(String heading, String rest) {
    return lesson(":::quiz\n### " + heading + "\n" + rest + ":::\n");
  }

  private static Case worksheet(String body) {
    return files(WORKSHEET, "---\ntitle: W\n---\n" + body);
  }

  private static Case template(String name, String text) {
    return new Case(Map.of(), content -> {}, false, Map.of(name, text), "site");
  }

  private static Case setup(Setup setup) {
    return new Case(Map.of(), setup, false, Map.of(), "site");
  }

  private static Map<Code, Case> cases() {
    Map<Code, Case> cases = new EnumMap<>(Code.class);
    cases.put(Code.YAML_SYNTAX, courseYml("title: 'never closed\n"));
    cases.put(Code.YAML_NOT_MAPPING, courseYml("- title\n- T\n"));
    cases.put(Code.YAML_TOO_DEEP, courseYml("title: T\nx: " + "[".repeat(60) + "]".repeat(60) + "\n"));
    cases.put(Code.YAML_TOO_MANY_ALIASES, courseYml("title: T\nx: &a [1]\ny: [" + "*a, ".repeat(25) + "*a]\n"));
    cases.put(Code.YAML_KEY_NOT_WORD, courseYml("title: T\n[a, b]: c\n"));
    cases.put(Code.YAML_DUPLICATE_KEY, courseYml("title: T\ntitle: U\n"));
    cases.put(Code.UNKNOWN_KEY, courseYml("title: T\ntitel: U\n"));
    cases.put(Code.MISSING_KEY, courseYml("language: en\n"));
    cases.put(Code.EMPTY_VALUE, courseYml("title:\n"));
    cases.put(Code.WRONG_VALUE_SHAPE, frontMatter("objectives: 5\n"));
    cases.put(Code.NOT_A_WHOLE_NUMBER, frontMatter("weight: first\n"));
    cases.put(Code.NOT_TRUE_OR_FALSE, frontMatter("draft: maybe\n"));
    cases.put(Code.EMPTY_LIST_ITEM, frontMatter("objectives:\n  - ''\n"));
    cases.put(Code.INVALID_SETTING, courseYml("title: T\npaper: a5\n"));
    cases.put(Code.KEY_INDENTED_UNDER, frontMatter("summary:\n  weight: 3\n"));
    cases.put(Code.COMMENT_CUTS_VALUE, frontMatter("summary: We are #1 at listening\n"));

    // Permissions cannot stage an unreadable file for every user (root reads everything), so
    // the content folder is taken away after the command line checked that it exists.
    cases.put(Code.CANNOT_READ, setup(PathUtils::deleteDirectory));
    cases.put(Code.NOT_UTF8, setup(content -> Files.write(content.resolve(LESSON), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'})));
    cases.put(Code.FILE_NAME_ENCODING, setup(content -> {
      FileNames.assumeUtf8();
      Files.createDirectories(content.resolve("assets"));
      Process touch = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'caf\\351.svg')\"").directory(content.resolve("assets").toFile()).start();
      assertEquals(0, touch.waitFor());
    }));
    cases.put(Code.UNICODE_NAME_CLASH, setup(content -> {
      FileNames.assumeUtf8();
      Files.createDirectories(content.resolve("assets"));
      Files.writeString(content.resolve("assets/" + Normalizer.normalize("café.svg", Normalizer.Form.NFC)), "<svg/>");
      Files.writeString(content.resolve("assets/" + Normalizer.normalize("café.svg", Normalizer.Form.NFD)), "<svg/>");
    }));
    cases.put(Code.LINK_LEADS_NOWHERE, setup(content -> link(content, "assets/gone.svg", "nothing-here.svg")));
    cases.put(Code.LINK_CANNOT_BE_FOLLOWED, setup(content -> link(content, "assets/round", "round")));
    cases.put(Code.LINK_LEADS_OUTSIDE, setup(content -> link(content, "assets/passwd.txt", "/etc/passwd")));
    cases.put(Code.LINK_LEADS_TO_ITS_FOLDER, setup(content -> link(content, "assets/loop", "..")));
    cases.put(Code.LESSON_TOO_DEEP, files("lessons/m/_module.yml", "title: M\n", "lessons/m/deeper/01-b.md", "---\ntitle: B\n---\n", LESSON, null,
        "lessons/m/01-a.md", "---\ntitle: A\n---\n"));
    cases.put(Code.MODULE_FILE_MISPLACED, files("lessons/_module.yml", "title: M\n"));
    cases.put(Code.NO_COURSE_FILE, files("course.yml", null));
    cases.put(Code.STRAY_MARKDOWN, files("NOTES.md", "# Notes\n"));
    cases.put(Code.NAME_WITHOUT_WORD, files("lessons/02-@@.md", "---\ntitle: B\n---\n"));
    cases.put(Code.LESSON_OUTSIDE_MODULE, files("lessons/m/_module.yml", "title: M\n", "lessons/m/01-b.md", "---\ntitle: B\n---\n"));
    cases.put(Code.MODULE_WITHOUT_FILE, files("lessons/m/01-b.md", "---\ntitle: B\n---\n", LESSON, null));
    cases.put(Code.SAME_ADDRESS, files("lessons/02-a.md", "---\ntitle: A again\n---\n"));
    cases.put(Code.EMPTY_MODULE, files("lessons/m/_module.yml", "title: M\n", "lessons/n/_module.yml", "title: N\n",
        "lessons/n/01-a.md", "---\ntitle: A\n---\n", LESSON, null));
    cases.put(Code.LEFTOVER_FILE, files("assets/diagram.svg.bak", "<svg/>"));
    cases.put(Code.UNUSED_ASSET, files("assets/unused.svg", "<svg/>"));

    cases.put(Code.NO_FRONT_MATTER, files(LESSON, "Text only.\n"));
    cases.put(Code.FRONT_MATTER_NOT_CLOSED, files(LESSON, "---\ntitle: A\nText.\n"));
    cases.put(Code.WORKSHEET_LESSON, files(WORKSHEET, "---\ntitle: W\nlesson: ../lessons/09-nowhere.md\n---\n### P {#p}\n"));
    cases.put(Code.UNUSABLE_ID, question("Q {#Not_Usable}", "- [x] A\n- [ ] B\n"));
    cases.put(Code.FRONT_MATTER_CLOSED_AT_ONCE, files(LESSON, "---\n---\ntitle: A\n---\nText.\n"));
    cases.put(Code.DURATION_MISMATCH, files(LESSON, "---\ntitle: A\nduration: 30\nteaching: 20\nexercises: 5\n---\nText.\n"));
    cases.put(Code.GIVEN_TWICE, files(LESSON, "---\ntitle: A\nobjectives:\n  - Learn.\n---\n:::objectives\n- Learn.\n:::\n"));

    cases.put(Code.UNKNOWN_BLOCK, lesson(":::tipp\nText.\n:::\n"));
    cases.put(Code.BLOCK_NOT_CLOSED, lesson(":::note\nText.\n"));
    cases.put(Code.BAD_ATTRIBUTES, question("Q {#q type=\"never closed}", "- [x] A\n- [ ] B\n"));
    cases.put(Code.BLOCK_IN_WORKSHEET, worksheet("### P {#p}\n\n:::quiz\n### Q {#q}\n- [x] A\n- [ ] B\n:::\n"));
    cases.put(Code.BLOCK_NOT_AT_TOP, lesson("- item\n\n  :::quiz\n  ### Q {#q}\n  - [x] A\n  - [ ] B\n  :::\n"));
    cases.put(Code.STRAY_CLOSING_FENCE, lesson("Text.\n\n:::\n"));
    cases.put(Code.TITLE_HEADING, lesson("# A\n\nText.\n"));
    cases.put(Code.IMAGE_WITHOUT_ALT, files(LESSON, "---\ntitle: A\n---\n![](../assets/x.svg)\n", "assets/x.svg", "<svg/>"));
    cases.put(Code.TAB_INDENT, lesson("- a\n\t- b\n"));
    cases.put(Code.MARKDOWN_TOO_DEEP, lesson(">".repeat(105) + " deep\n"));
    cases.put(Code.BROKEN_LINK, lesson("[next](02-nxt.md)\n"));
    cases.put(Code.DUPLICATE_ID, lesson(":::quiz id=same\n### Q {#q}\n- [x] A\n- [ ] B\n:::\n\n:::quiz id=same\n### R {#r}\n- [x] A\n- [ ] B\n:::\n"));
    cases.put(Code.UNSAFE_ADDRESS, lesson("[x](javascript:alert(1))\n"));
    cases.put(Code.RAW_HTML_REMOVED, lesson("<script>alert(1)</script>\n"));
    cases.put(Code.UNKNOWN_ATTRIBUTE, question("Q {#q tpye=single}", "- [x] A\n- [ ] B\n"));
    cases.put(Code.MISSING_ID, question("What is it?", "- [x] A\n- [ ] B\n"));
    cases.put(Code.ATTRIBUTE_VALUE, lesson("![A picture](a.png){width=3in}\n"));
    cases.put(Code.BLOCK_OUT_OF_PLACE, lesson(":::solution\nThe answer.\n:::\n"));

    cases.put(Code.QUIZ_WITHOUT_QUESTIONS, lesson(":::quiz\nJust text.\n:::\n"));
    cases.put(Code.QUESTION_WITHOUT_TEXT, question("{#q}", "- [x] A\n- [ ] B\n"));
    cases.put(Code.SHUFFLE_NOT_APPLICABLE, question("Q {#q type=truefalse shuffle=false}", "- [x] True\n- [ ] False\n"));
    cases.put(Code.NOT_A_BOOLEAN_ATTRIBUTE, question("Q {#q shuffle=no}", "- [x] A\n- [ ] B\n"));
    cases.put(Code.UNKNOWN_QUESTION_TYPE, question("Q {#q type=mutli}", "- [x] A\n- [ ] B\n"));
    cases.put(Code.REPEATED_PARAGRAPH, question("Q {#q}", "- [x] A\n- [ ] B\n\nHint: one.\n\nHint: two.\n"));
    cases.put(Code.TEXT_AFTER_OPTIONS, question("Q {#q}", "- [x] A\n- [ ] B\n\nMore text.\n"));
    cases.put(Code.QUESTION_WITHOUT_OPTIONS, question("Q {#q}", "Only text.\n"));
    cases.put(Code.PATTERN_NOT_APPLICABLE, question("Q {#q pattern=\"a\"}", "- [x] A\n- [ ] B\n"));
    cases.put(Code.PATTERN_NOT_FOR_BROWSER, question("Q {#q type=short pattern=\"a++b\"}", ""));
    cases.put(Code.PATTERN_INVALID, question("Q {#q type=short pattern=\"(a\"}", ""));
    cases.put(Code.STEPS_WITH_BOXES, question("Q {#q type=order}", "- [x] first\n- [ ] second\n"));
    cases.put(Code.OPTION_WITHOUT_BOX, question("Q {#q}", "- [x] A\n- B\n"));
    cases.put(Code.EMPTY_OPTION, question("Q {#q}", "- [x] A\n- [ ]\n"));
    cases.put(Code.ANSWERS_DO_NOT_FIT, question("Q {#q}", "- [ ] A\n- [ ] B\n"));
    cases.put(Code.DUPLICATE_ANSWER, question("Q {#q type=short}", "- [x] dyad\n- [x] dyad\n"));
    cases.put(Code.ANSWER_BY_ELIMINATION, question("Q {#q type=multiple}", "- [x] A\n- [x] B\n- [ ] All of the above\n"));
    cases.put(Code.ANSWER_COPIED, lesson("Mutual empathy means that both people feel seen and understood at once.\n\n"
        + ":::quiz\n### What does mutual empathy mean? {#q}\n- [x] both people feel seen and understood at once\n- [ ] one person listens\n:::\n"));
    cases.put(Code.ABSOLUTE_WORD, question("Listening always helps. {#q type=truefalse}", "- [ ] True\n- [x] False\n"));
    cases.put(Code.HINT_COUNTS_ANSWERS, question("Q {#q type=multiple}", "- [x] A\n- [x] B\n- [ ] C\n\nHint: choose two answers.\n"));
    cases.put(Code.LONGEST_ANSWER, question("Q {#q}", "- [x] the right answer, spelled out at great and careful length\n- [ ] short\n- [ ] brief\n"));
    cases.put(Code.TRUE_FALSE_IMBALANCE, lesson(":::quiz\n" + trueStatements(5) + ":::\n"));

    cases.put(Code.WORKSHEET_WITHOUT_PROMPTS, worksheet("Only an introduction.\n"));
    cases.put(Code.PROMPT_WITHOUT_TEXT, worksheet("### {#p}\n"));
    cases.put(Code.UNKNOWN_PROMPT_KIND, worksheet("### P {#p kind=lond}\n"));
    cases.put(Code.BAD_SCALE, worksheet("### P {#p kind=scale min=5 max=1}\n"));
    cases.put(Code.PROMPT_WITHOUT_ITEMS, worksheet("### P {#p kind=checklist}\n"));
    cases.put(Code.EMPTY_ITEM, worksheet("### P {#p kind=checklist}\n- a\n- [ ]\n"));
    cases.put(Code.TOO_FEW_ITEMS, worksheet("### P {#p kind=choice}\n- only one\n"));
    cases.put(Code.TABLE_MISSING, worksheet("### P {#p kind=table}\n"));
    cases.put(Code.TABLE_TOO_SMALL, worksheet("### P {#p kind=table}\n| Pattern |\n| --- |\n| Avoiding |\n"));
    cases.put(Code.TABLE_ROW_WITHOUT_NAME, worksheet("### P {#p kind=table}\n| Pattern | Felt |\n| --- | --- |\n|  |  |\n"));
    cases.put(Code.TABLE_CELL_FILLED, worksheet("### P {#p kind=table}\n| Pattern | Felt |\n| --- | --- |\n| Avoiding | filled |\n"));
    cases.put(Code.NUMBER_OUT_OF_RANGE, worksheet("### P {#p lines=999}\n"));

    cases.put(Code.TEMPLATE_MISSING, template("lesson.ftlh", "<#include \"nope.ftlh\">\n"));
    cases.put(Code.TEMPLATE_SYNTAX, template("lesson.ftlh", "<#if>\n"));
    cases.put(Code.TEMPLATE_VALUE_MISSING, template("lesson.ftlh", "${lesson.sumary}\n"));
    cases.put(Code.TEMPLATE_FAILED, template("lesson.ftlh", "${\"x\"?number}\n"));
    // Root reads every file, so the template is a link to one that the kernel refuses to read.
    cases.put(Code.THEME_UNREADABLE, template("lesson.ftlh", "x").with(content -> {
      Path lesson = content.resolveSibling("templates").resolve("lesson.ftlh");
      Files.delete(lesson);
      Files.createSymbolicLink(lesson, Path.of("/proc/self/mem"));
    }));
    cases.put(Code.TEMPLATE_RECURSION, template("lesson.ftlh", "<#macro m><@m/></#macro><@m/>\n"));
    cases.put(Code.THEME_FOLDER_MISSING, courseYml("title: T\ntheme: ../no-such-theme\n"));
    cases.put(Code.THEME_INSIDE_CONTENT, files("course.yml", "title: T\ntheme: mytheme\n", "mytheme/page.ftlh", "<#include \"layout.ftlh\">\n"));
    cases.put(Code.UNUSED_OVERRIDE, template("lessons.ftlh", "misspelt\n"));

    // A name longer than any file system allows: the one failure to write that no user, root included, can get past.
    cases.put(Code.CANNOT_WRITE_SITE, files().into("site-" + "x".repeat(300)));
    cases.put(Code.PDF_FAILED, files(WORKSHEET, "---\ntitle: W\n---\n### P {#p}\n\n" + "<div>".repeat(400) + "x" + "</div>".repeat(400) + "\n",
        "course.yml", "title: T\nraw_html: trusted\n").withPdf());
    cases.put(Code.PDF_MISSING_GLYPHS, worksheet("### Write ŋ and 漢 {#p}\n").withPdf());
    return cases;
  }

  private static String trueStatements(int count) {
    StringBuilder quiz = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      quiz.append("### Statement ").append(i).append(" is right. {#s").append(i).append(" type=truefalse}\n- [x] True\n- [ ] False\n\n");
    }
    return quiz.toString();
  }

  private static void link(Path content, String at, String target) throws IOException {
    Files.createDirectories(content.resolve(at).getParent());
    Files.createSymbolicLink(content.resolve(at), Path.of(target));
  }
}
