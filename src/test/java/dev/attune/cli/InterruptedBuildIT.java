package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.JavaProcess;
import dev.attune.testing.SwapInterrupter;
import dev.attune.testing.TestCourses;
import dev.attune.testing.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build killed (as with {@code kill -9}) at each step of replacing the site, in a process of its
 * own; then the next build, which must set things right, say what it did, and touch nothing else.
 */
class InterruptedBuildIT {
  @TempDir Path temp;
  Path dir;
  Path content;
  Path site;
  Path newer;
  Map<String, String> first;
  Map<String, String> second;
  private final CliRunner cli = new CliRunner();

  @BeforeEach
  void twoVersionsOfACourse() throws IOException {
    dir = temp.toRealPath();
    content = TestCourses.copy(TestCourses.content("basic"), dir);
    site = dir.resolve("site");
    assertEquals(0, build(), cli.err());
    first = Tree.files(site);
    Path other = TestCourses.copy(TestCourses.content("basic"), dir.resolve("other"));
    Files.writeString(other.resolve("lessons/01-first-steps.md"), "\nA second version of this lesson.\n", java.nio.file.StandardOpenOption.APPEND);
    newer = dir.resolve("other/site");
    cli.reset();
    assertEquals(0, cli.run("build", "--content", other.toString(), "--out", newer.toString()), cli.err());
    second = Tree.files(newer);
    assertNotEquals(first, second);
  }

  private int build() {
    cli.reset();
    return cli.run("build", "--content", content.toString(), "--out", site.toString());
  }

  /** Starts replacing the site with the newer one in another process, and kills it at {@code step}. */
  private void killAt(String step) {
    Process process = JavaProcess.startMain(SwapInterrupter.class, "replace", content.toString(), site.toString(), newer.toString(), step);
    try {
      assertEquals("stopped", JavaProcess.nextLine(process), step);
    } finally {
      JavaProcess.kill(process);
    }
  }

  private Path sibling(String kind) {
    return dir.resolve(".site.attune-" + kind);
  }

  private Map<String, String> withMarker(Map<String, String> files, Path folder) {
    Map<String, String> expected = new java.util.TreeMap<>(files);
    expected.put(".attune-site", Tree.files(folder).get(".attune-site"));
    return expected;
  }

  /** Everything but the site and Attune's folders beside it. */
  private Map<String, String> outside() {
    return Tree.outsideSite(dir, site);
  }

  private List<String> besideTheSite() {
    return Tree.leftBeside(dir, "site");
  }

  private static String note(String text) {
    return "note: " + text + "\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"written:1", "written:5", "STAGED", "SET_ASIDE", "PUBLISHED"})
  void theNextBuildRecoversFromABuildKilledAt(String step) throws IOException {
    killAt(step);
    assertTrue(Files.exists(sibling("lock")), "the killed build's lock file is still there");
    String notes;
    switch (step) {
      case "STAGED" -> {
        assertEquals(first, Tree.files(site), "the site is untouched");
        assertEquals(withMarker(second, sibling("new")), Tree.files(sibling("new")), "the new site is whole, with its marker");
        notes = note("removed '" + sibling("new") + "', the unfinished site of a stopped build");
      }
      case "SET_ASIDE" -> {
        assertFalse(Files.exists(site), "killed between the two moves: no site");
        assertEquals(first, Tree.files(sibling("old")));
        assertEquals(withMarker(second, sibling("new")), Tree.files(sibling("new")));
        notes = note("put the previous site back into '" + site + "': a build was stopped while replacing it")
            + note("removed '" + sibling("new") + "', the unfinished site of a stopped build");
      }
      case "PUBLISHED" -> {
        assertEquals(withMarker(second, site), Tree.files(site), "the new site is in place");
        assertEquals(first, Tree.files(sibling("old")));
        notes = note("removed '" + sibling("old") + "', the previous site that a stopped build had not yet deleted");
      }
      default -> {
        assertEquals(first, Tree.files(site), "the site is untouched");
        assertFalse(Files.exists(sibling("new").resolve(".attune-site")), "an unfinished staging folder has no marker");
        notes = note("removed '" + sibling("new") + "', the unfinished site of a stopped build");
      }
    }
    Map<String, String> before = outside();
    assertEquals(0, build(), cli.err());
    assertEquals(notes, cli.err());
    assertEquals(first, Tree.files(site));
    assertEquals(List.of(), besideTheSite(), "no staging folder and no lock is left");
    assertEquals(before, outside(), "nothing else changed");
  }

  @Test
  void aBuildThatFailsAfterRecoveringKeepsThePreviousSite() throws IOException {
    killAt("SET_ASIDE");
    Files.writeString(content.resolve("lessons/01-first-steps.md"), "---\ntitle: [broken\n---\n");
    Map<String, String> before = outside();
    assertEquals(1, build());
    assertTrue(cli.err().startsWith(note("put the previous site back into '" + site + "': a build was stopped while replacing it")
        + note("removed '" + sibling("new") + "', the unfinished site of a stopped build")), cli.err());
    assertTrue(cli.err().contains("Build failed: "), cli.err());
    assertEquals(first, Tree.files(site), "the previous site is back, and stays");
    assertEquals(List.of(), besideTheSite());
    assertEquals(before, outside());
  }

  @Test
  void aFirstBuildKilledBeforeItsSiteAppeared() throws IOException {
    Files.walk(site).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    killAt("STAGED");
    assertFalse(Files.exists(site));
    Map<String, String> before = outside();
    assertEquals(0, build(), cli.err());
    assertEquals(note("removed '" + sibling("new") + "', the unfinished site of a stopped build"), cli.err());
    assertEquals(first, Tree.files(site));
    assertEquals(List.of(), besideTheSite());
    assertEquals(before, outside());
  }
}
