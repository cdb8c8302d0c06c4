package dev.attune.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Attune beside Hugo on the same generated course, in one run: cold builds (interleaved, median of
 * several), CPU time, peak memory, output and lesson page size, and the time from editing a lesson
 * to the new page being built ({@code build}) or served ({@code serve}). Attune is started by the
 * {@code ./attune} script, as users start it. Run by {@code bench/run}.
 *
 * <pre>
 *   Benchmark [--runs R] [--seed S] [--results FILE] [LESSONS ...]     (default: 10 1000 10000)
 * </pre>
 */
public final class Benchmark {
  private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  /** How Attune is started: the {@code ./attune} script, as a user runs it (JVM options, class data archive). */
  private final List<String> attune;
  private final Path work;
  private final int runs;
  private final boolean hugo;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Benchmark(Path script, Path work, int runs) {
    this.attune = List.of(script.toString());
    this.work = work;
    this.runs = runs;
    this.hugo = onPath("hugo");
  }

  /** One timed process: seconds of wall and CPU time, peak resident memory in bytes. */
  record Measure(double wall, double cpu, long rss) {}

  /** What one tool did with one course. */
  record Result(Measure cold, long outputBytes, long pageBytes, double rebuild, double serve) {}

  public static void main(String[] args) throws Exception {
    int runs = 3;
    long seed = 1;
    Path results = null;
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--results" -> results = Path.of(args[++i]);
        default -> sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10, 1000, 10000);
    }
    Path script = Path.of(System.getProperty("attune.script", "attune")).toAbsolutePath();
    Path work = Files.createTempDirectory("attune-bench");
    Benchmark bench = new Benchmark(script, work, runs);
    StringBuilder report = new StringBuilder();
    try {
      report.append(bench.machine()).append('\n');
      report.append(bench.shipped(Path.of("content").toAbsolutePath())).append('\n');
      for (int lessons : sizes) {
        report.append(bench.course(lessons, seed)).append('\n');
      }
    } finally {
      PathUtils.deleteDirectory(work);
    }
    System.out.print(report);
    if (results != null) {
      Files.writeString(results, "# Benchmark results\n\nMade by `bench/run` (see bench/README.md); the newest run first.\n\n"
          + "## " + LocalDate.now(ZoneOffset.UTC) + "\n\n" + report + previousRuns(results));
    }
  }

  private static String previousRuns(Path results) throws IOException {
    if (!Files.isRegularFile(results)) {
      return "";
    }
    String text = Files.readString(results);
    int first = text.indexOf("\n## ");
    return first < 0 ? "" : "\n" + text.substring(first + 1);
  }

  private String machine() throws IOException, InterruptedException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory
        + "; Java " + System.getProperty("java.version") + "; " + (hugo ? firstLine("hugo", "version") : "Hugo not installed") + ".\n";
  }

  /** The course that ships with Attune: cold builds with the PDF cache empty and warm. */
  private String shipped(Path content) throws IOException, InterruptedException {
    Path site = work.resolve("shipped/site");
    Path cache = work.resolve("shipped/cache");
    // Untimed: the script's first build writes the class data archive that every later run maps.
    timed(work, command("build", "--no-pdf", "--content", content.toString(), "--out", work.resolve("warm-up").toString()));
    List<Measure> coldPdf = new ArrayList<>();
    List<Measure> warmPdf = new ArrayList<>();
    List<Measure> noPdf = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      clean(site, cache);
      coldPdf.add(timed(work, command("build", "--content", content.toString(), "--out", site.toString(), "--cache", cache.toString())));
      clean(site);
      warmPdf.add(timed(work, command("build", "--content", content.toString(), "--out", site.toString(), "--cache", cache.toString())));
      clean(site);
      noPdf.add(timed(work, command("build", "--no-pdf", "--content", content.toString(), "--out", site.toString())));
    }
    return "### The shipped course (7 lessons, 8 PDFs), `./attune build` from a cold JVM, median of " + runs + "\n\n"
        + "| build | wall | CPU | peak RSS |\n| --- | ---: | ---: | ---: |\n"
        + row("PDFs, empty PDF cache", typical(coldPdf))
        + row("PDFs, PDF cache warm", typical(warmPdf))
        + row("no PDFs (`--no-pdf`)", typical(noPdf));
  }

  private List<String> command(String... args) {
    List<String> command = new ArrayList<>(attune);
    command.addAll(List.of(args));
    return command;
  }

  private static String row(String name, Measure m) {
    return String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %s |%n", name, m.wall(), m.cpu(), mib(m.rss()));
  }

  private String course(int lessons, long seed) throws IOException, InterruptedException {
    Path dir = work.resolve("course-" + lessons);
    Path content = dir.resolve("content");
    CourseGenerator generator = new CourseGenerator(lessons, seed);
    List<Path> lessonFiles = generator.writeAttune(content);
    Path hugoSite = dir.resolve("hugo");
    CourseGenerator.writeHugo(content, hugoSite);
    int middle = lessons / 2 + 1;
    int module = (middle - 1) / CourseGenerator.LESSONS_PER_MODULE + 1;
    Path attuneSite = dir.resolve("site");
    Path hugoOut = dir.resolve("hugo-out");
    List<String> attuneBuild = command("build", "--no-pdf", "--content", content.toString(), "--out", attuneSite.toString());
    List<String> hugoBuild = List.of("hugo", "--quiet", "-s", hugoSite.toString(), "-d", hugoOut.toString());

    List<Measure> attuneCold = new ArrayList<>();
    List<Measure> hugoCold = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      clean(attuneSite);
      attuneCold.add(timed(dir, attuneBuild));
      if (hugo) {
        clean(hugoOut, hugoSite.resolve("resources"));
        hugoCold.add(timed(dir, hugoBuild));
      }
    }
    Path attunePage = attuneSite.resolve("lessons/module-" + module + "/lesson-" + middle + "/index.html");
    Path hugoPage = hugoOut.resolve(String.format(Locale.ROOT, "lessons/%03d-module-%d/%04d-lesson-%d/index.html", module, module, middle, middle));
    Path edited = lessonFiles.get(middle - 1);
    Path hugoEdited = hugoSite.resolve("content/lessons").resolve(generator.lessonPath(middle));

    List<Double> attuneRebuild = new ArrayList<>();
    List<Double> hugoRebuild = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      append(edited, "\nEdited for the benchmark, build " + run + ".\n");
      attuneRebuild.add(timed(dir, attuneBuild).wall());
      if (hugo) {
        append(hugoEdited, "\nEdited for the benchmark, build " + run + ".\n");
        hugoRebuild.add(timed(dir, hugoBuild).wall());
      }
    }
    double attuneServe = serveLatency(dir, command("serve", "--content", content.toString()),
        edited, "lessons/module-" + module + "/lesson-" + middle + "/");
    double hugoServe = hugo ? serveLatency(dir, List.of("hugo", "server", "-s", hugoSite.toString(), "--disableFastRender=false"),
        hugoEdited, String.format(Locale.ROOT, "lessons/%03d-module-%d/%04d-lesson-%d/", module, module, middle, middle)) : Double.NaN;

    Result a = new Result(typical(attuneCold), size(attuneSite), meanPage(attuneSite.resolve("lessons"), attunePage), median(attuneRebuild), attuneServe);
    Result h = hugo ? new Result(typical(hugoCold), size(hugoOut), meanPage(hugoOut.resolve("lessons"), hugoPage), median(hugoRebuild), hugoServe) : null;
    return table(lessons, words(content), runs, a, h);
  }

  private static long words(Path content) throws IOException {
    try (Stream<Path> files = Files.walk(content.resolve("lessons"))) {
      return files.filter(f -> f.toString().endsWith(".md")).mapToLong(f -> {
        try {
          return Files.readString(f).split("\\s+").length;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  /** The table of one course's figures, Attune beside Hugo ({@code h} null when Hugo is not installed). */
  static String table(int lessons, long words, int runs, Result a, Result h) {
    StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
        "### %,d lessons (%s, %,d words in all), no PDFs, median of %d%n%n", lessons,
        plural((lessons + CourseGenerator.LESSONS_PER_MODULE - 1) / CourseGenerator.LESSONS_PER_MODULE, "module"), words, runs));
    t.append("| | Attune | Hugo | Attune / Hugo |\n| --- | ---: | ---: | ---: |\n");
    t.append(line("cold build, wall", a.cold().wall(), h == null ? Double.NaN : h.cold().wall(), "%.2f s"));
    t.append(line("cold build, CPU", a.cold().cpu(), h == null ? Double.NaN : h.cold().cpu(), "%.2f s"));
    t.append(line("peak RSS", a.cold().rss() / 1048576.0, h == null ? Double.NaN : h.cold().rss() / 1048576.0, "%.0f MiB"));
    t.append(line("output", a.outputBytes() / 1048576.0, h == null ? Double.NaN : h.outputBytes() / 1048576.0, "%.1f MiB"));
    t.append(line("lesson page (mean)", a.pageBytes() / 1024.0, h == null ? Double.NaN : h.pageBytes() / 1024.0, "%.1f KiB"));
    t.append(line("build after editing one lesson", a.rebuild(), h == null ? Double.NaN : h.rebuild(), "%.2f s"));
    t.append(line("serve: edit to new page served", a.serve() * 1000, h == null ? Double.NaN : h.serve() * 1000, "%.0f ms"));
    return t.toString();
  }

  private static String plural(int count, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }

  private static String line(String name, double attune, double hugo, String format) {
    String h = Double.isNaN(hugo) ? "–" : String.format(Locale.ROOT, format, hugo);
    String ratio = Double.isNaN(hugo) || hugo == 0 ? "–" : String.format(Locale.ROOT, "%.2f", attune / hugo);
    return "| " + name + " | " + String.format(Locale.ROOT, format, attune) + " | " + h + " | " + ratio + " |\n";
  }

  /**
   * Starts a preview server, waits for the page, then edits its source and measures the time until
   * the page served has the edit; the median of a few edits, in seconds.
   */
  private double serveLatency(Path dir, List<String> command, Path source, String page) throws IOException, InterruptedException {
    int port = freePort();
    List<String> full = new ArrayList<>(command);
    full.addAll(List.of("--port", String.valueOf(port)));
    Process server = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("serve-" + Path.of(command.get(0)).getFileName() + ".log").toFile()).start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + port + "/" + page);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (body(uri).isEmpty()) {
        if (System.nanoTime() > deadline || !server.isAlive()) {
          throw new IllegalStateException(command.get(0) + " serve did not start; see " + dir.resolve("serve-" + Path.of(command.get(0)).getFileName() + ".log"));
        }
        Thread.sleep(100);
      }
      Thread.sleep(1000);
      List<Double> latencies = new ArrayList<>();
      for (int edit = 0; edit < Math.max(3, runs); edit++) {
        String marker = "servemarker" + edit + "x" + System.nanoTime();
        long start = System.nanoTime();
        append(source, "\n" + marker + "\n");
        while (!body(uri).contains(marker)) {
          if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
            throw new IllegalStateException(command.get(0) + " serve never showed the edit");
          }
          Thread.sleep(2);
        }
        latencies.add((System.nanoTime() - start) / 1e9);
        Thread.sleep(1500);
      }
      return median(latencies);
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  private String body(URI uri) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Runs {@code command} under {@code /usr/bin/time -v}; fails when it fails. */
  private static Measure timed(Path dir, List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    full.addAll(command);
    Path log = Files.createTempFile(dir, "time-", ".log");
    Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    String text = Files.readString(log);
    Files.delete(log);
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "):\n" + text);
    }
    Matcher wall = WALL.matcher(text);
    Matcher user = USER.matcher(text);
    Matcher system = SYSTEM.matcher(text);
    Matcher rss = RSS.matcher(text);
    if (!wall.find() || !user.find() || !system.find() || !rss.find()) {
      throw new IllegalStateException("cannot read /usr/bin/time's report:\n" + text);
    }
    double seconds = (wall.group(1) == null ? 0 : Integer.parseInt(wall.group(1)) * 3600) + Integer.parseInt(wall.group(2)) * 60
        + Double.parseDouble(wall.group(3));
    return new Measure(seconds, Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1)), Long.parseLong(rss.group(1)) * 1024);
  }

  private static Measure typical(List<Measure> measures) {
    return new Measure(median(measures.stream().map(Measure::wall).toList()), median(measures.stream().map(Measure::cpu).toList()),
        (long) median(measures.stream().map(m -> (double) m.rss()).toList()));
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

  /**
   * The mean size of the lesson pages (every {@code index.html} two folders below {@code lessons},
   * as deep as {@code sample}): lessons differ in length, so one page would say little.
   */
  private static long meanPage(Path lessons, Path sample) throws IOException {
    int depth = lessons.relativize(sample).getNameCount();
    try (Stream<Path> files = Files.walk(lessons)) {
      return (long) files.filter(f -> f.getFileName().toString().equals("index.html") && lessons.relativize(f).getNameCount() == depth)
          .mapToLong(f -> f.toFile().length()).average().orElse(0);
    }
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** Deletes folders a build made, and Attune's folders beside them. */
  private static void clean(Path... folders) throws IOException {
    for (Path folder : folders) {
      if (Files.exists(folder)) {
        PathUtils.deleteDirectory(folder);
      }
      try (Stream<Path> siblings = Files.list(folder.getParent())) {
        for (Path sibling : siblings.filter(s -> s.getFileName().toString().startsWith("." + folder.getFileName() + ".attune-")).toList()) {
          PathUtils.deleteDirectory(sibling);
        }
      } catch (java.nio.file.NoSuchFileException e) {
        // Nothing was built there yet.
      }
    }
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean onPath(String program) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  private static String firstLine(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out.lines().findFirst().orElse("").trim();
  }
}
