package dev.attune.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.TestCourses;
import dev.attune.testing.Tree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path dir;

  private static OutputFile text(String path, String text) {
    return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8), "test");
  }

  private SiteWriter writer(Path site) {
    return new SiteWriter(site, site.getFileName().toString());
  }

  private void write(Path site, OutputFile... files) throws IOException {
    writer(site).write(List.of(files), WriteListener.NONE);
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesFilesCopiesAndTheMarkerListingThem() throws IOException {
    Path source = Files.writeString(dir.resolve("img.svg"), "<svg/>");
    Path site = dir.resolve("site");
    write(site, text("index.html", "home"), OutputFile.copy("assets/img.svg", source, "img"));
    assertEquals("home", Files.readString(site.resolve("index.html")));
    assertEquals("<svg/>", Files.readString(site.resolve("assets/img.svg")));
    assertEquals(Optional.of(Set.of("index.html", "assets/img.svg")), SiteMarker.read(Files.readString(site.resolve(SiteMarker.NAME))));
  }

  @Test
  void removesFilesThatTheNewBuildDoesNotMake() throws IOException {
    Path site = dir.resolve("site");
    write(site, text("index.html", "v1"), text("old/index.html", "old"));
    write(site, text("index.html", "v2"));
    assertEquals("v2", Files.readString(site.resolve("index.html")));
    assertFalse(Files.exists(site.resolve("old")));
    assertEquals(List.of("site"), siblings(), "no staging folders left behind");
  }

  @Test
  void aFailedWriteLeavesThePreviousSiteAsItWas() throws IOException {
    Path site = dir.resolve("site");
    write(site, text("index.html", "v1"));
    Map<String, String> before = Tree.snapshot(dir);
    OutputFile missing = OutputFile.copy("gone.png", dir.resolve("does-not-exist.png"), "gone");
    assertThrows(IOException.class, () -> write(site, text("index.html", "v2"), missing));
    assertEquals(before, Tree.snapshot(dir));
  }

  @Test
  void refusesPathsThatEscapeTheSite() {
    assertThrows(IOException.class, () -> write(dir.resolve("site"), text("../evil.html", "x")));
    assertFalse(Files.exists(dir.resolve("evil.html")));
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void reportsEachStepOfTheSwapInOrder() throws IOException {
    Path site = dir.resolve("site");
    List<String> heard = new ArrayList<>();
    WriteListener listener = new WriteListener() {
      @Override
      public void written(int done, int total) {
        heard.add(done + "/" + total);
      }

      @Override
      public void reached(Step step) {
        heard.add(step.name());
      }
    };
    writer(site).write(List.of(text("a.html", "a"), text("b.html", "b")), listener);
    assertEquals(List.of("1/2", "2/2", "STAGED", "PUBLISHED", "CLEANED"), heard, "no previous site to set aside");
    heard.clear();
    writer(site).write(List.of(text("a.html", "a")), listener);
    assertEquals(List.of("1/1", "STAGED", "SET_ASIDE", "PUBLISHED", "CLEANED"), heard);
  }

  /** The old site may hold a link a person made to a folder elsewhere: only the link goes. */
  @Test
  void deletingTheOldSiteNeverFollowsLinks() throws IOException {
    Path elsewhere = dir.resolve("elsewhere");
    TestCourses.write(elsewhere.resolve("precious.txt"), "keep me");
    Path site = dir.resolve("site");
    write(site, text("index.html", "v1"));
    Files.createSymbolicLink(site.resolve("link"), elsewhere);
    Files.createSymbolicLink(site.resolve("file-link"), elsewhere.resolve("precious.txt"));
    write(site, text("index.html", "v2"));
    assertEquals("keep me", Files.readString(elsewhere.resolve("precious.txt")));
    assertFalse(Files.exists(site.resolve("link"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  // Recovery: every state a build can leave when it is stopped, and what the next build does.

  @Test
  void recoveryPutsBackASiteThatWasSetAsideButNotReplaced() throws IOException {
    Path site = dir.resolve("site");
    write(site, text("index.html", "v1"));
    Files.move(site, dir.resolve(".site.attune-old"));
    TestCourses.write(dir.resolve(".site.attune-new/index.html"), "v2, complete or not");
    List<String> done = writer(site).recover();
    assertEquals(List.of("put the previous site back into 'site': a build was stopped while replacing it",
        "removed '.site.attune-new', the unfinished site of a stopped build"), done);
    assertEquals("v1", Files.readString(site.resolve("index.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void recoveryDeletesAPreviousSiteLeftBehindAfterTheSwap() throws IOException {
    Path site = dir.resolve("site");
    write(site, text("index.html", "v2"));
    TestCourses.write(dir.resolve(".site.attune-old/index.html"), "v1");
    TestCourses.write(dir.resolve(".site.attune-old/lessons/a/index.html"), "v1");
    Files.delete(dir.resolve(".site.attune-old/index.html")); // stopped halfway through deleting it
    assertEquals(List.of("removed '.site.attune-old', the previous site that a stopped build had not yet deleted"), writer(site).recover());
    assertEquals("v2", Files.readString(site.resolve("index.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void recoveryDeletesAnUnfinishedStagingFolder() throws IOException {
    Path site = dir.resolve("site");
    write(site, text("index.html", "v1"));
    TestCourses.write(dir.resolve(".site.attune-new/index.html"), "half");
    assertEquals(List.of("removed '.site.attune-new', the unfinished site of a stopped build"), writer(site).recover());
    assertEquals("v1", Files.readString(site.resolve("index.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void recoveryOfAFirstBuildLeavesNoSite() throws IOException {
    TestCourses.write(dir.resolve(".site.attune-new/index.html"), "half");
    assertEquals(List.of("removed '.site.attune-new', the unfinished site of a stopped build"), writer(dir.resolve("site")).recover());
    assertEquals(List.of(), siblings());
  }

  @Test
  void recoveryWithNothingLeftDoesNothing() throws IOException {
    Path site = dir.resolve("site");
    write(site, text("index.html", "v1"));
    Map<String, String> before = Tree.snapshot(dir);
    assertEquals(List.of(), writer(site).recover());
    assertEquals(before, Tree.snapshot(dir));
  }

  @Test
  void recoveryDeletesLeftoverLinksWithoutFollowingThem() throws IOException {
    Path elsewhere = dir.resolve("elsewhere");
    TestCourses.write(elsewhere.resolve("precious.txt"), "keep me");
    Path site = dir.resolve("site");
    write(site, text("index.html", "v1"));
    Files.createSymbolicLink(dir.resolve(".site.attune-new"), elsewhere);
    writer(site).recover();
    assertEquals("keep me", Files.readString(elsewhere.resolve("precious.txt")));
    assertFalse(Files.exists(dir.resolve(".site.attune-new"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void writingNeedsRecoveryFirst() throws IOException {
    Files.createDirectories(dir.resolve(".site.attune-new"));
    assertThrows(IllegalStateException.class, () -> write(dir.resolve("site"), text("index.html", "x")));
    assertTrue(Files.isDirectory(dir.resolve(".site.attune-new")));
  }

  @Test
  void pagesAreFoldersWithAnIndex() {
    assertEquals("index.html", OutputLayout.file(""));
    assertEquals("lessons/a/index.html", OutputLayout.file(OutputLayout.lesson("", "a")));
    assertEquals("lessons/m/a/index.html", OutputLayout.file(OutputLayout.lesson("m", "a")));
    assertEquals("404.html", OutputLayout.file(OutputLayout.NOT_FOUND));
    assertEquals(Path.of("/x/.site.attune-lock"), OutputLayout.sibling(Path.of("/x/site"), "lock"));
  }
}
