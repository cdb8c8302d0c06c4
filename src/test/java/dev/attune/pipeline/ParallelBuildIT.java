package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.bench.CourseGenerator;
import dev.attune.testing.Tree;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are parsed and rendered on all cores and written as they are done: whatever the thread
 * timing, the site is byte for byte the one a single thread builds.
 */
class ParallelBuildIT {
  @TempDir Path dir;

  /** Builds inside a pool of {@code threads}; the build's parallel work runs on that pool. */
  private Map<String, String> build(Path content, String name, int threads) throws Exception {
    Path site = dir.resolve(name);
    BuildOptions options = new BuildOptions(content, "content", Optional.empty(), "", site, Optional.of("https://example.org/c/"),
        false, true, Optional.of(dir.resolve("cache-" + name)), false);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      BuildResult result = pool.submit(() -> new SiteBuilder(BuildListener.SILENT).build(options)).get();
      assertTrue(result.succeeded(), () -> result.diagnostics().sorted().toString());
    } finally {
      pool.shutdown();
    }
    return Tree.files(site);
  }

  @Test
  void manyThreadsBuildTheSiteOneThreadBuilds() throws Exception {
    Path content = dir.resolve("content");
    new CourseGenerator(120, 11).writeAttune(content);
    Map<String, String> single = build(content, "one-thread", 1);
    assertTrue(single.size() > 150, "pages, PDFs, theme: " + single.size());
    for (int run = 0; run < 3; run++) {
      assertEquals(single, build(content, "four-threads-" + run, 4), "run " + run);
    }
  }

  @Test
  void theShippedCourseToo() throws Exception {
    assertEquals(build(Path.of("content"), "shipped-one", 1), build(Path.of("content"), "shipped-four", 4));
  }
}
