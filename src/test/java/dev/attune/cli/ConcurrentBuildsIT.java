package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.pipeline.BuildListener;
import dev.attune.pipeline.BuildOptions;
import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one output folder: the second is turned away, and the site is always whole. */
class ConcurrentBuildsIT {
  @TempDir Path temp;
  Path dir;
  Path content;
  Path site;
  Map<String, String> expected;
  private final CliRunner cli = new CliRunner();

  @BeforeEach
  void course() throws IOException {
    dir = temp.toRealPath();
    content = TestCourses.copy(TestCourses.content("basic"), dir);
    site = dir.resolve("site");
    Path reference = dir.resolve("reference/site");
    assertTrue(new SiteBuilder(BuildListener.SILENT).build(BuildOptions.of(content, reference)).succeeded());
    expected = Tree.files(reference);
  }

  private int build() {
    cli.reset();
    return cli.run("build", "--content", content.toString(), "--out", site.toString());
  }

  private List<String> besideTheSite() {
    return Tree.leftBeside(dir, "site");
  }

  @Test
  void aSecondBuildIsTurnedAwayWhileTheFirstIsAtWork() throws Exception {
    CountDownLatch firstIsRendering = new CountDownLatch(1);
    CountDownLatch secondHasTried = new CountDownLatch(1);
    BuildListener pausing = (stage, done, total) -> {
      if (stage.equals("render")) {
        firstIsRendering.countDown();
        try {
          secondHasTried.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    Map<String, String> outside = Tree.outsideSite(dir, site);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<BuildResult> first = executor.submit(() -> new SiteBuilder(pausing).build(BuildOptions.of(content, site)));
      assertTrue(firstIsRendering.await(60, TimeUnit.SECONDS));
      Map<String, String> before = Tree.snapshot(dir);
      assertEquals(2, build());
      assertEquals("error: another Attune build is writing to '" + site + "' right now\n"
          + "  hint: wait for it to finish and build again; two builds into one folder would mix their files\n", cli.err());
      assertEquals(before, Tree.snapshot(dir), "the second build changed nothing");
      secondHasTried.countDown();
      assertTrue(first.get(60, TimeUnit.SECONDS).succeeded());
    } finally {
      secondHasTried.countDown();
      executor.shutdownNow();
    }
    assertEquals(expected, Tree.files(site), "the first build's site is whole");
    assertEquals(List.of(), besideTheSite(), "the lock is gone");
    assertEquals(outside, Tree.outsideSite(dir, site), "nothing outside the site changed");
    assertEquals(0, build(), cli.err());
  }

  @Test
  void aBuildInAnotherProcessHoldsTheLockUntilItDies() throws IOException {
    Process holder = JavaProcess.startMain(SwapInterrupter.class, "lock", dir.resolve(".site.attune-lock").toString());
    try {
      assertEquals("stopped", JavaProcess.nextLine(holder));
      Map<String, String> before = Tree.snapshot(dir);
      assertEquals(2, build());
      assertTrue(cli.err().startsWith("error: another Attune build (process " + holder.pid() + ") is writing to '" + site + "' right now\n"),
          cli.err());
      assertEquals(before, Tree.snapshot(dir));
    } finally {
      JavaProcess.kill(holder);
    }
    assertTrue(Files.exists(dir.resolve(".site.attune-lock")), "a killed holder leaves its lock file behind");
    Map<String, String> outside = Tree.outsideSite(dir, site);
    assertEquals(0, build(), cli.err());
    assertEquals(expected, Tree.files(site));
    assertEquals(List.of(), besideTheSite());
    assertEquals(outside, Tree.outsideSite(dir, site));
  }

  /** Real processes started at the same moment, several times: each either builds or is refused, never both half. */
  @Test
  void twoBuildsStartedTogetherLeaveAWholeSite() throws IOException {
    int refusals = 0;
    Map<String, String> outside = Tree.outsideSite(dir, site);
    for (int round = 0; round < 5; round++) {
      Process one = JavaProcess.startAttune(dir, "build", "--content", "content", "--out", "site");
      Process two = JavaProcess.startAttune(dir, "build", "--content", "content", "--out", "site");
      int built = 0;
      for (JavaProcess.Run run : List.of(JavaProcess.finish(one), JavaProcess.finish(two))) {
        if (run.exit() == 0) {
          built++;
          assertTrue(run.out().startsWith("Built 7 pages"), run.out());
        } else {
          refusals++;
          assertEquals(2, run.exit(), run.err());
          assertTrue(run.err().matches("error: another Attune build (\\(process \\d+\\) )?is writing to 'site' right now\\n(?s).*"), run.err());
        }
      }
      assertTrue(built >= 1, "at least one of the two builds published");
      assertEquals(expected, Tree.files(site), "round " + round);
      assertEquals(List.of(), besideTheSite());
      assertEquals(outside, Tree.outsideSite(dir, site), "nothing outside the site changed");
    }
    System.out.println("ConcurrentBuildsIT: in 5 rounds of two builds started together, " + refusals + " builds were refused");
    assertFalse(refusals > 5, "at most one refusal a round");
  }
}
