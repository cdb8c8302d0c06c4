package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.bench.CourseGenerator;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.TestCourses;
import dev.attune.testing.Tree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview rebuilds only what a change touches. After every kind of change, what it builds
 * must be byte for byte what a clean build makes, and it must have done less work than a clean
 * build where the change allows it.
 */
class IncrementalBuildIT {
  @TempDir Path dir;
  Path content;
  Path templates;
  BuildOptions options;
  final BuildMemory memory = new BuildMemory();
  final SiteBuilder builder = new SiteBuilder(BuildListener.SILENT);

  @BeforeEach
  void course() throws IOException {
    content = dir.resolve("content");
    new CourseGenerator(48, 5).writeAttune(content);
    TestCourses.write(content.resolve("assets/picture.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    templates = Files.createDirectories(dir.resolve("templates"));
    options = new BuildOptions(content, "content", Optional.of(templates), "templates", dir.resolve("unused"), Optional.empty(),
        false, false, Optional.empty(), false);
    incremental();
  }

  /** The site in memory, as path to bytes (hex) or copied file. */
  private static Map<String, String> files(MemorySite site) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String path : site.paths()) {
      MemorySite.File file = site.get(path).orElseThrow();
      byte[] bytes = file.bytes() != null ? file.bytes() : Files.readAllBytes(file.source());
      files.put(path, HexFormat.of().formatHex(bytes));
    }
    return files;
  }

  private MemorySite incremental() {
    SiteBuilder.Preview preview = builder.preview(options, memory);
    assertTrue(preview.result().succeeded(), () -> preview.result().diagnostics().sorted().toString());
    return preview.site().orElseThrow();
  }

  /** Rebuilds with the memory and from scratch; sites and diagnostics must agree. Returns what the rebuild did. */
  private BuildMemory.Work rebuildAgreesWithCleanBuild(String change) throws IOException {
    SiteBuilder.Preview clean = builder.preview(options, new BuildMemory());
    SiteBuilder.Preview preview = builder.preview(options, memory);
    assertEquals(clean.result().diagnostics().sorted(), preview.result().diagnostics().sorted(), change);
    assertTrue(preview.result().succeeded(), () -> change + ": " + preview.result().diagnostics().sorted());
    assertEquals(files(clean.site().orElseThrow()), files(preview.site().orElseThrow()), change);
    return memory.lastWork();
  }

  /** A lesson no other file links to, so that removing it breaks nothing. */
  private int unlinkedLesson() throws IOException {
    for (int n = 47; n > 1; n--) {
      String name = Path.of(lesson(n)).getFileName().toString();
      boolean linked;
      try (var files = Files.walk(content)) {
        linked = files.filter(f -> f.toString().endsWith(".md")).anyMatch(f -> {
          try {
            return Files.readString(f).contains(name);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
      if (!linked) {
        return n;
      }
    }
    throw new AssertionError("every lesson is linked");
  }

  private void edit(String lessonPath, String from, String to) throws IOException {
    Path file = content.resolve("lessons").resolve(lessonPath);
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to));
  }

  private static String lesson(int n) {
    int module = (n - 1) / CourseGenerator.LESSONS_PER_MODULE + 1;
    return String.format(java.util.Locale.ROOT, "%03d-module-%d/%04d-lesson-%d.md", module, module, n, n);
  }

  @Test
  void nothingChangedRendersNothing() throws IOException {
    BuildMemory.Work work = rebuildAgreesWithCleanBuild("no change");
    assertEquals(0, work.documentsRendered());
    assertEquals(0, work.pagesRendered());
    assertTrue(work.pages() > 50, "" + work);
  }

  @Test
  void lessonText() throws IOException {
    edit(lesson(10), "## Where we start", "## Where we start\n\nA sentence added while previewing.");
    BuildMemory.Work work = rebuildAgreesWithCleanBuild("lesson text");
    assertEquals(1, work.documentsRendered(), "" + work);
    assertEquals(1, work.pagesRendered(), "only the lesson's own page: " + work);
  }

  @Test
  void frontMatterTitle() throws IOException {
    edit(lesson(10), "title: \"Lesson 10:", "title: \"Lesson ten:");
    BuildMemory.Work work = rebuildAgreesWithCleanBuild("a lesson's title, shown in outlines, pagers and the home page");
    assertTrue(work.pagesRendered() > 1 && work.pagesRendered() < work.pages(), "" + work);
  }

  @Test
  void objectives() throws IOException {
    edit(lesson(10), "objectives:\n  - ", "objectives:\n  - Say *why* it matters.\n  - ");
    assertEquals(1, rebuildAgreesWithCleanBuild("objectives").documentsRendered());
  }

  @Test
  void quizAnswer() throws IOException {
    edit(lesson(8), "- [ ] True\n- [x] False", "- [x] True\n- [ ] False");
    BuildMemory.Work work = rebuildAgreesWithCleanBuild("a quiz's right answer: the lesson, the answer key, and outlines that carry its key");
    assertEquals(1, work.documentsRendered());
  }

  @Test
  void worksheetPrompt() throws IOException {
    edit(lesson(16), "### How did it feel?", "### How did it feel, honestly?");
    rebuildAgreesWithCleanBuild("a worksheet prompt: the lesson, the worksheet's page and the worksheets index");
  }

  @Test
  void template() throws IOException {
    TestCourses.write(templates.resolve("404.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Lost</h1></@layout.frame>\n");
    BuildMemory.Work work = rebuildAgreesWithCleanBuild("a template added");
    assertEquals(work.pages(), work.pagesRendered(), "a theme change renders every page: " + work);
    Files.writeString(templates.resolve("404.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Gone</h1></@layout.frame>\n");
    rebuildAgreesWithCleanBuild("a template changed");
    TestCourses.write(templates.resolve("assets/css/extra.css"), "p{}");
    rebuildAgreesWithCleanBuild("a theme file added");
  }

  @Test
  void courseYml() throws IOException {
    Files.writeString(content.resolve("course.yml"), Files.readString(content.resolve("course.yml")).replace("title: A generated course", "title: A renamed course"));
    BuildMemory.Work work = rebuildAgreesWithCleanBuild("course.yml");
    assertEquals(work.pages(), work.pagesRendered(), "every page shows the course's title: " + work);
  }

  @Test
  void addedAndRemovedLessons() throws IOException {
    Files.writeString(content.resolve("lessons").resolve(lesson(49)), "---\ntitle: A new lesson\n---\n\nNew text linking [back](" + "../001-module-1/0001-lesson-1.md).\n");
    rebuildAgreesWithCleanBuild("a lesson added at the end");
    Files.delete(content.resolve("lessons").resolve(lesson(unlinkedLesson())));
    BuildMemory.Work removed = rebuildAgreesWithCleanBuild("a lesson removed: later lessons are renumbered");
    assertTrue(removed.pagesRendered() > 1, "" + removed);
  }

  @Test
  void headingsAndTheLinksToThem() throws IOException {
    edit(lesson(3), "## Where we start", "## Where we start\n\n## A new section\n\nText.");
    edit(lesson(5), "## Where we start\n", "## Where we start\n\nSee [the new section](../001-module-1/0003-lesson-3.md#a-new-section).\n");
    rebuildAgreesWithCleanBuild("a heading and a link to it");
    edit(lesson(3), "## A new section", "## A renamed section");
    SiteBuilder.Preview broken = builder.preview(options, memory);
    List<String> errors = broken.result().diagnostics().sorted().stream().map(Diagnostic::format).toList();
    assertTrue(errors.stream().anyMatch(e -> e.contains("0005-lesson-5.md") && e.contains("has no heading with the id 'a-new-section'")),
        "the unchanged file whose link broke is rendered again and reports it: " + errors);
    edit(lesson(5), "#a-new-section", "#a-renamed-section");
    rebuildAgreesWithCleanBuild("the link mended");
  }

  @Test
  void assetsAndDiagnosticsOfReusedFiles() throws IOException {
    edit(lesson(7), "## Where we start\n", "## Where we start\n\n![](../../assets/picture.svg)\n");
    SiteBuilder.Preview first = builder.preview(options, memory);
    assertTrue(first.result().succeeded());
    assertEquals(1, first.result().diagnostics().warningCount(), "an image without a description");
    edit(lesson(9), "## Where we start\n", "## Where we start\n\nAnother sentence.\n");
    SiteBuilder.Preview second = builder.preview(options, memory);
    assertEquals(first.result().diagnostics().sorted(), second.result().diagnostics().sorted(), "a reused file's warning is shown again");
    Files.delete(content.resolve("assets/picture.svg"));
    SiteBuilder.Preview missing = builder.preview(options, memory);
    assertTrue(missing.result().diagnostics().sorted().stream().anyMatch(d -> d.isError() && d.path().endsWith("0007-lesson-7.md")),
        "the unchanged lesson whose image is gone is rendered again: " + missing.result().diagnostics().sorted());
  }

  @Test
  void theInMemorySiteIsTheSiteABuildWrites() throws Exception {
    Path site = dir.resolve("site");
    BuildOptions toDisk = new BuildOptions(content, "content", Optional.of(templates), "templates", site, Optional.empty(),
        false, false, Optional.empty(), false);
    assertTrue(builder.build(toDisk).succeeded());
    Map<String, String> written = new TreeMap<>();
    Tree.files(site).forEach((path, what) -> {
      if (!path.equals(".attune-site")) {
        written.put(path, what);
      }
    });
    Map<String, String> inMemory = new TreeMap<>();
    for (String path : incremental().paths()) {
      inMemory.put(path, "file");
    }
    assertEquals(written.keySet(), inMemory.keySet());
    byte[] home = incremental().get("index.html").orElseThrow().bytes();
    assertEquals(Files.readString(site.resolve("index.html")), new String(home, StandardCharsets.UTF_8));
  }

  @Test
  void aFrontMatterMistakeIsReportedUntilItIsFixed() throws IOException {
    edit(lesson(12), "summary: ", "summary: [unclosed ");
    SiteBuilder.Preview broken = builder.preview(options, memory);
    List<String> errors = broken.result().diagnostics().sorted().stream().map(Diagnostic::format).toList();
    assertTrue(errors.size() == 1 && errors.get(0).contains("0012-lesson-12.md:3:10: error: invalid YAML") && errors.get(0).contains("invalid YAML"), errors.toString());
    SiteBuilder.Preview again = builder.preview(options, memory);
    assertEquals(broken.result().diagnostics().sorted(), again.result().diagnostics().sorted(), "the unchanged file's error, from memory");
    edit(lesson(12), "summary: [unclosed ", "summary: ");
    rebuildAgreesWithCleanBuild("the mistake fixed");
  }
}
