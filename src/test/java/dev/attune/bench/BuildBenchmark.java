package dev.attune.bench;

import dev.attune.build.BuildListener;
import dev.attune.build.BuildOptions;
import dev.attune.build.BuildResult;
import dev.attune.build.SiteBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;

/**
 * Prints how fast Attune builds: a generated course of many lessons (each with a quiz and a
 * worksheet) built cold and warm, pages per second, peak heap, and the latency of rebuilding
 * after one lesson changes (PDFs of unchanged worksheets come from the cache).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.attune.bench.BuildBenchmark [-Dexec.args=200]}
 */
public final class BuildBenchmark {
  private BuildBenchmark() {}

  public static void main(String[] args) throws IOException {
    int lessons = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Path dir = Files.createTempDirectory("attune-bench");
    try {
      Path content = generate(dir.resolve("content"), lessons);
      Path cache = dir.resolve("cache");
      BuildOptions options = BuildOptions.of(content, dir.resolve("site"), Optional.of(cache));
      SiteBuilder builder = new SiteBuilder(BuildListener.SILENT);

      Run cold = time(builder, options);
      System.out.printf(Locale.ROOT, "course: %d lessons, %d pages, %d PDFs%n", lessons, cold.result.pages(), cold.result.pdfs());
      System.out.printf(Locale.ROOT, "cold build (empty PDF cache, cold JVM): %.2f s, %.0f pages/s%n", cold.seconds, cold.result.pages() / cold.seconds);

      Run warm = time(builder, options);
      for (int i = 0; i < 2; i++) {
        Run again = time(builder, options);
        warm = again.seconds < warm.seconds ? again : warm;
      }
      System.out.printf(Locale.ROOT, "warm build (PDFs cached, best of 3): %.2f s, %.0f pages/s%n", warm.seconds, warm.result.pages() / warm.seconds);

      Path lesson = content.resolve("lessons/0001-lesson-0001.md");
      Files.writeString(lesson, Files.readString(lesson).replace("What did you notice?", "What did you notice today?"));
      Run incremental = time(builder, options);
      System.out.printf(Locale.ROOT, "rebuild after one lesson changed (its PDF and the workbook laid out again): %.2f s%n", incremental.seconds);

      BuildOptions noPdf = new BuildOptions(content, "content", Optional.empty(), "", dir.resolve("site"), Optional.empty(), false, false, Optional.empty(), false);
      double best = Double.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        best = Math.min(best, time(builder, noPdf).seconds);
      }
      System.out.printf(Locale.ROOT, "warm build with --no-pdf (best of 3): %.2f s%n", best);
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "peak heap: %.0f MB (sum of heap pools' peaks)%n", peak / 1e6);
    } finally {
      PathUtils.deleteDirectory(dir);
    }
  }

  private record Run(BuildResult result, double seconds) {}

  private static Run time(SiteBuilder builder, BuildOptions options) {
    long start = System.nanoTime();
    BuildResult result = builder.build(options);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!result.succeeded()) {
      throw new IllegalStateException("the benchmark course did not build: " + result.diagnostics().errorCount() + " errors, first "
          + result.diagnostics().sorted().get(0).format());
    }
    return new Run(result, seconds);
  }

  /** A course of {@code lessons} lessons of about 700 words, each with a quiz and a worksheet. */
  static Path generate(Path content, int lessons) throws IOException {
    Files.createDirectories(content.resolve("lessons"));
    Files.createDirectories(content.resolve("pages"));
    Files.writeString(content.resolve("course.yml"), "title: Benchmark course\n");
    Files.writeString(content.resolve("pages/glossary.md"), "---\ntitle: Glossary\n---\n## Term\n\nA definition.\n");
    String paragraph = String.join(" ", java.util.Collections.nCopies(12,
        "Listening well means noticing what the other person feels and letting them see it reached you."));
    for (int i = 1; i <= lessons; i++) {
      String number = String.format(Locale.ROOT, "%04d", i);
      StringBuilder md = new StringBuilder("---\ntitle: Lesson " + i + "\nsummary: A generated lesson.\nduration: 15\n"
          + "objectives:\n  - Describe one thing.\n  - Practise another.\nkeypoints:\n  - A key point.\n---\n");
      for (int section = 1; section <= 4; section++) {
        md.append("## Section ").append(section).append("\n\n").append(paragraph).append(" See the [glossary](../pages/glossary.md#term).\n\n");
      }
      md.append(":::tip\nA tip with *emphasis*.\n:::\n\n");
      md.append(":::quiz id=q").append(number).append("\n### Which is right? {#a}\n- [x] This\n\n  Yes.\n- [ ] That\n\n  No.\n\n")
          .append("Explanation: Because.\n\n### Type it {#b type=short}\n- [x] answer\n\n### Order {#c type=order}\n1. One\n2. Two\n3. Three\n:::\n\n");
      md.append(":::worksheet id=w").append(number).append("\n### What did you notice? {#n kind=long lines=4}\n\n")
          .append("### How was it? {#s kind=scale min=1 max=5 low=\"Hard\" high=\"Easy\"}\n\n### Together {#p kind=partner}\n:::\n");
      Files.writeString(content.resolve("lessons/" + number + "-lesson-" + number + ".md"), md.toString());
    }
    return content;
  }
}
