package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.bench.CourseGenerator;
import dev.attune.testing.TestCourses;
import dev.attune.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attune build} with the build cache beside the output: after every kind of change, the
 * site is byte for byte the one a build without a cache makes; a damaged cache, or one from
 * other code, is ignored; and a build after a small change renders only what changed.
 */
class BuildCacheIT {
  @TempDir Path dir;
  Path content;
  Path templates;
  Path cache;

  @BeforeEach
  void course() throws IOException {
    content = dir.resolve("content");
    new CourseGenerator(40, 9).writeAttune(content);
    templates = Files.createDirectories(dir.resolve("templates"));
    cache = dir.resolve("cache");
    assertEquals(Optional.of(new BuildResult.Fresh(42, 42)), cached().markdown(), "the first build renders every file (40 lessons, the glossary, the home text)");
  }

  private BuildOptions options(String out, Optional<Path> cacheFolder) {
    return new BuildOptions(content, "content", Optional.of(templates), "templates", dir.resolve(out), Optional.of("https://example.org/"),
        false, true, cacheFolder, false);
  }

  private BuildResult cached() {
    BuildResult result = new SiteBuilder(BuildListener.SILENT).build(options("site", Optional.of(cache)));
    assertTrue(result.succeeded(), () -> result.diagnostics().sorted().toString());
    return result;
  }

  /** Builds with the cache and without; the sites must be the same. Returns how many files the cached build rendered. */
  private int agrees(String change) {
    BuildResult result = cached();
    BuildResult clean = new SiteBuilder(BuildListener.SILENT).build(options("clean", Optional.empty()));
    assertTrue(clean.succeeded());
    Map<String, String> withCache = Tree.files(dir.resolve("site"));
    assertEquals(Tree.files(dir.resolve("clean")), withCache, change);
    return result.markdown().orElseThrow().rendered();
  }

  private void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to));
  }

  private Path lesson(int n) {
    int module = (n - 1) / CourseGenerator.LESSONS_PER_MODULE + 1;
    return content.resolve(String.format(java.util.Locale.ROOT, "lessons/%03d-module-%d/%04d-lesson-%d.md", module, module, n, n));
  }

  @Test
  void everyKindOfChangeGivesTheCleanBuild() throws IOException {
    assertEquals(0, agrees("nothing changed"));
    edit(lesson(5), "## Where we start", "## Where we start\n\nA new sentence.");
    assertEquals(1, agrees("lesson text"));
    edit(lesson(6), "title: \"Lesson 6:", "title: \"Lesson six:");
    assertEquals(0, agrees("a title: front matter, not part of any Markdown render; every page showing it is rendered anyway"));
    edit(lesson(8), "- [ ] True\n- [x] False", "- [x] True\n- [ ] False");
    assertEquals(1, agrees("a quiz's answer"));
    edit(lesson(16), "### How did it feel?", "### How did it feel, honestly?");
    assertEquals(1, agrees("a worksheet prompt, with its PDF"));
    TestCourses.write(templates.resolve("404.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Lost</h1></@layout.frame>\n");
    assertEquals(0, agrees("a template: no Markdown file renders differently"));
    edit(content.resolve("course.yml"), "title: A generated course", "title: A renamed course");
    agrees("course.yml");
    Files.writeString(content.resolve("lessons/002-module-2/0041-lesson-41.md"), "---\ntitle: Added\n---\n\nNew.\n");
    assertEquals(1, agrees("a lesson added"));
    Files.delete(content.resolve("lessons/002-module-2/0041-lesson-41.md"));
    assertEquals(0, agrees("a lesson removed"));
  }

  @Test
  void aDamagedCacheIsIgnored() throws IOException {
    Path file = cache.resolve(BuildCache.FILE);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x40;
    Files.write(file, bytes);
    edit(lesson(3), "## Where we start", "## Where we start\n\nChanged.");
    assertEquals(42, agrees("one flipped bit: every file rendered again"));
    Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 1000));
    assertEquals(42, agrees("a cache cut short"));
    Files.writeString(file, "not a cache at all");
    assertEquals(42, agrees("garbage"));
  }

  @Test
  void aCacheFromOtherCodeIsIgnored() throws IOException {
    Path file = cache.resolve(BuildCache.FILE);
    String identity = BuildCache.codeIdentity();
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    String other = identity.substring(0, identity.length() - 1) + (identity.endsWith("1") ? "2" : "1");
    assertTrue(text.contains(identity));
    Files.write(file, text.replace(identity, other).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(42, agrees("another build of Attune wrote it"));
  }
}
