package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.TestCourses;
import dev.attune.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in assets/ that nothing uses, and files that systems and editors leave, built end to end:
 * each way of using a file counts, the warnings are the same from a clean build, a build that
 * takes every render from the cache, a check and a preview, and so is the site.
 */
class UnusedAssetsIT {
  @TempDir Path dir;
  Path content;

  private static final List<String> EXPECTED = List.of(
      "content/assets/Thumbs.db: warning: this looks like a thumbnail cache that Windows makes, not a file of the course, so it is not published [A0218]",
      "content/assets/img/left-over.png: warning: nothing links to this file, so no learner will come across it [A0219]");

  @BeforeEach
  void course() throws IOException {
    content = TestCourses.copy(TestCourses.content("basic"), dir);
    TestCourses.write(content.resolve("assets/img/left-over.png"), "png");
    TestCourses.write(content.resolve("assets/Thumbs.db"), "cache");
    TestCourses.write(content.resolve("CNAME"), "course.example.org\n");
    TestCourses.write(content.resolve("assets/media/talk.mp4"), "mp4");
    TestCourses.write(content.resolve("assets/media/talk.jpg"), "jpg");
    edit(content.resolve("lessons/01-first-steps.md"), "![A diagram of two people talking](../assets/img/talk.svg)",
        "![A diagram of two people talking](../assets/img/talk.svg)\n\n<video src=\"../../assets/media/talk.mp4\" poster=\"../../assets/media/talk.jpg\" controls></video>");
    TestCourses.write(content.resolve("assets/img/sketch.png"), "png");
    edit(content.resolve("lessons/03-later.md"), "Not ready.", "Not ready: ![A sketch](../assets/img/sketch.png)");
    TestCourses.write(content.resolve("assets/css/course.css"), "header { background: url(\"../img/band.png\"); }\n");
    TestCourses.write(content.resolve("assets/img/band.png"), "png");
    TestCourses.write(dir.resolve("templates/layout-extra.ftlh"), "<link rel=\"stylesheet\" href=\"${page.root}assets/css/course.css\">\n");
    TestCourses.write(dir.resolve("templates/404.ftlh"), "<#include \"layout-extra.ftlh\"><p>Lost</p>\n");
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to));
  }

  private BuildOptions options(String out, Optional<Path> cache) {
    return new BuildOptions(content, "content", Optional.empty(), "", dir.resolve(out), Optional.empty(), false, false, cache, false);
  }

  private static List<String> warnings(BuildResult result) {
    assertTrue(result.succeeded(), () -> result.diagnostics().sorted().toString());
    return result.diagnostics().sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void onlyWhatNothingUsesIsReportedByEveryKindOfBuild() {
    Optional<Path> cache = Optional.of(dir.resolve("cache"));
    assertEquals(EXPECTED, warnings(new SiteBuilder(BuildListener.SILENT).build(options("site", cache))));
    BuildResult cached = new SiteBuilder(BuildListener.SILENT).build(options("site", cache));
    assertEquals(Optional.of(new BuildResult.Fresh(0, 6)), cached.markdown(), "every render came from the cache");
    assertEquals(EXPECTED, warnings(cached), "the warning does not go with the renders it was found in");
    assertEquals(EXPECTED, warnings(new SiteBuilder(BuildListener.SILENT).build(options("clean", Optional.empty()))));
    assertEquals(Tree.files(dir.resolve("clean")), Tree.files(dir.resolve("site")));
    assertEquals(EXPECTED, warnings(new SiteBuilder(BuildListener.SILENT).check(options("unused", Optional.empty()))));
    BuildMemory memory = new BuildMemory();
    for (int i = 0; i < 2; i++) {
      assertEquals(EXPECTED, warnings(new SiteBuilder(BuildListener.SILENT).preview(options("unused", Optional.empty()), memory).result()));
    }
  }

  @Test
  void whatNothingUsesIsStillPublishedButWhatEditorsLeaveIsNot() {
    warnings(new SiteBuilder(BuildListener.SILENT).build(options("site", Optional.empty())));
    Path site = dir.resolve("site");
    assertTrue(Files.isRegularFile(site.resolve("assets/img/left-over.png")));
    assertTrue(Files.isRegularFile(site.resolve("CNAME")));
    assertFalse(Files.exists(site.resolve("assets/Thumbs.db")));
  }

  @Test
  void linkingTheFileOrRemovingItEndsTheWarning() throws IOException {
    Optional<Path> cache = Optional.of(dir.resolve("cache"));
    assertEquals(EXPECTED, warnings(new SiteBuilder(BuildListener.SILENT).build(options("site", cache))));
    edit(content.resolve("pages/about.md"), "\n---\n", "\n---\n[The left-over picture](../assets/img/left-over.png)\n\n");
    Files.delete(content.resolve("assets/Thumbs.db"));
    assertEquals(List.of(), warnings(new SiteBuilder(BuildListener.SILENT).build(options("site", cache))));
    edit(content.resolve("pages/about.md"), "[The left-over picture](../assets/img/left-over.png)\n\n", "");
    assertEquals(EXPECTED.subList(1, 2), warnings(new SiteBuilder(BuildListener.SILENT).build(options("site", cache))));
    Files.delete(content.resolve("assets/img/left-over.png"));
    assertEquals(List.of(), warnings(new SiteBuilder(BuildListener.SILENT).build(options("site", cache))));
  }
}
