package dev.attune.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's tables, without running the benchmark (that takes minutes: bench/run). */
class BenchmarkTest {
  private static final Benchmark.Result ATTUNE = new Benchmark.Result(new Benchmark.Measure(4.48, 7.57, 263L << 20), 20L << 20, 19_354, 3.15, 0.300);
  private static final Benchmark.Result HUGO = new Benchmark.Result(new Benchmark.Measure(1.34, 2.35, 247L << 20), 12L << 20, 12_698, 1.22, 0.509);

  @Test
  void aTableHasEveryRowWithTheRatio() {
    List<String> lines = Benchmark.table(1000, 1_079_331, 3, ATTUNE, HUGO).lines().toList();
    assertEquals("### 1,000 lessons (50 modules, 1,079,331 words in all), no PDFs, median of 3", lines.get(0));
    assertEquals("| cold build, wall | 4.48 s | 1.34 s | 3.34 |", lines.get(4));
    assertEquals("| serve: edit to new page served | 300 ms | 509 ms | 0.59 |", lines.get(lines.size() - 1));
    assertEquals(11, lines.size());
  }

  @Test
  void oneModuleAndNoHugo() {
    String table = Benchmark.table(10, 10_453, 1, ATTUNE, null);
    assertTrue(table.startsWith("### 10 lessons (1 module, 10,453 words in all), no PDFs, median of 1\n"), table);
    assertTrue(table.contains("| cold build, wall | 4.48 s | – | – |"), table);
  }
}
