package dev.attune.pipeline;

import dev.attune.config.CourseConfig;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.model.Course;
import dev.attune.model.Prompt;
import dev.attune.model.Sha256;
import dev.attune.model.WorksheetPage;
import dev.attune.render.PdfMetadata;
import dev.attune.render.PdfRenderer;
import dev.attune.render.SiteRenderer;
import dev.attune.render.Theme;
import dev.attune.write.OutputFile;
import dev.attune.write.OutputLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Makes the printable PDFs: one per worksheet and the workbook of all of them. Laying out a PDF
 * takes tens of milliseconds (and a second to start the engine), so each PDF is cached under a
 * hash of everything that goes into it, and a rebuild with unchanged inputs reuses the bytes
 * without starting the engine at all.
 */
final class PdfBuilder {
  private static final String CACHE_VERSION = "attune-pdf-1";
  /** How a cache entry is named: the SHA-256 of its inputs, then .pdf or .missing. */
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.(pdf|missing)");

  private final Theme theme;
  private final Optional<Path> cache;
  private final Diagnostics diagnostics;
  private final BuildListener listener;
  private final String themeFingerprint;
  private PdfRenderer renderer;
  private final AtomicInteger rendered = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  /** The cache entries this build used; the others are deleted once the PDFs are made. */
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  /** @param themeAssets the theme's files as the build already read them; the fonts among them decide the PDFs' bytes */
  PdfBuilder(Theme theme, SortedMap<String, byte[]> themeAssets, Optional<Path> cache, Diagnostics diagnostics, BuildListener listener) {
    this.theme = theme;
    this.cache = cache;
    this.diagnostics = diagnostics;
    this.listener = listener;
    this.themeFingerprint = fingerprint(themeAssets);
  }

  /**
   * The PDFs of {@code course}'s worksheets, laid out on all cores; empty when it has none. The
   * cache keeps only what this build used.
   */
  List<OutputFile> build(CourseConfig config, Course course, SiteRenderer pages) throws IOException {
    List<WorksheetPage> worksheets = course.worksheets();
    int total = worksheets.size() + (worksheets.isEmpty() ? 0 : 1);
    AtomicInteger done = new AtomicInteger();
    List<OutputFile> files = new ArrayList<>();
    try {
      for (Optional<OutputFile> file : Parallel.map(worksheets, page -> {
        String title = page.worksheet().title();
        Optional<OutputFile> made;
        try {
          made = pdf(pages.worksheetXhtml(config, course, List.of(page), title), metadata(config, title), page.sourcePath(),
              missingText(List.of(page))).map(bytes -> OutputFile.of(page.pdfUrl(), bytes, page.sourcePath()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        listener.progress("pdf", done.incrementAndGet(), total);
        return made;
      })) {
        file.ifPresent(files::add);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!worksheets.isEmpty()) {
      String title = "Workbook: " + config.title();
      pdf(pages.worksheetXhtml(config, course, worksheets, title), metadata(config, title), "workbook", "")
          .ifPresent(bytes -> files.add(OutputFile.of(OutputLayout.WORKBOOK_PDF, bytes, "workbook")));
      listener.progress("pdf", total, total);
    }
    prune();
    return files;
  }

  /** Deletes the cache's PDF entries that this build did not use (only files named as entries are). */
  private void prune() throws IOException {
    if (cache.isEmpty() || !Files.isDirectory(cache.get())) {
      return;
    }
    try (Stream<Path> entries = Files.list(cache.get())) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (ENTRY.matcher(name).matches() && !used.contains(name.substring(0, name.indexOf('.')))) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  /** Where {@link #build} will write, with what makes each file (for collision checks before any work). */
  static List<OutputFile> paths(Course course) {
    List<OutputFile> files = new ArrayList<>();
    for (WorksheetPage page : course.worksheets()) {
      files.add(OutputFile.of(page.pdfUrl(), new byte[0], page.sourcePath()));
    }
    if (!course.worksheets().isEmpty()) {
      files.add(OutputFile.of(OutputLayout.WORKBOOK_PDF, new byte[0], "workbook"));
    }
    return files;
  }

  /**
   * Renders the PDFs' XHTML without laying anything out, so that {@code check} reports mistakes in
   * the PDF template without starting the PDF engine or writing a cache.
   */
  static void checkTemplates(CourseConfig config, Course course, SiteRenderer pages) {
    for (WorksheetPage page : course.worksheets()) {
      pages.worksheetXhtml(config, course, List.of(page), page.worksheet().title());
    }
  }

  /** How many PDFs were laid out, and how many came from the cache; for tests and the benchmark. */
  int rendered() {
    return rendered.get();
  }

  int reused() {
    return reused.get();
  }

  private Optional<byte[]> pdf(Optional<String> xhtml, PdfMetadata metadata, String origin, String text) throws IOException {
    if (xhtml.isEmpty()) {
      return Optional.empty();
    }
    String key = key(xhtml.get(), metadata);
    used.add(key);
    Optional<Path> cached = cache.map(c -> c.resolve(key + ".pdf"));
    if (cached.isPresent() && Files.isRegularFile(cached.get())) {
      reused.incrementAndGet();
      warnAboutMissing(origin, readIfPresent(cache.get().resolve(key + ".missing")));
      return Optional.of(Files.readAllBytes(cached.get()));
    }
    byte[] bytes;
    String missing;
    try {
      PdfRenderer engine = renderer();
      bytes = engine.render(xhtml.get(), metadata);
      missing = engine.missingCharacters(text);
    } catch (IllegalArgumentException | IllegalStateException e) {
      diagnostics.error(Code.PDF_FAILED, origin, Position.FILE, "cannot make the printable PDF: " + e.getMessage(), e instanceof PdfRenderer.TooDeep
          ? "HTML elements written into the worksheet (such as <div> inside <div>) nest that deep; nest them far less"
          : "this is usually a mistake in a customized worksheet-pdf.ftlh; the built-in template is in Attune's templates/ folder");
      return Optional.empty();
    }
    rendered.incrementAndGet();
    warnAboutMissing(origin, missing);
    if (cached.isPresent()) {
      store(cached.get(), bytes);
      store(cache.get().resolve(key + ".missing"), missing.getBytes(StandardCharsets.UTF_8));
    }
    return Optional.of(bytes);
  }

  /** The PDF engine, started once (it takes a second) and shared: it lays out documents on several threads at once. */
  private synchronized PdfRenderer renderer() throws IOException {
    if (renderer == null) {
      renderer = new PdfRenderer(theme);
    }
    return renderer;
  }

  private void warnAboutMissing(String origin, String missing) {
    if (!missing.isEmpty()) {
      diagnostics.warning(Code.PDF_MISSING_GLYPHS, origin, Position.FILE, "the PDF font has no letters for " + missing + ", which print as '#' in the PDF",
          "the web page shows them; for the PDF, add a font that has them to templates/assets/fonts/");
    }
  }

  /** Everything a worksheet's printed text contains, to check the PDF font covers it. */
  private static String missingText(List<WorksheetPage> pages) {
    return pages.stream().flatMap(p -> p.worksheet().prompts().stream()).map(PdfBuilder::promptText)
        .collect(Collectors.joining(" "));
  }

  private static String promptText(Prompt prompt) {
    StringBuilder text = new StringBuilder(prompt.plainText());
    prompt.items().forEach(i -> text.append(' ').append(i.text()));
    prompt.rows().forEach(i -> text.append(' ').append(i.text()));
    prompt.columns().forEach(i -> text.append(' ').append(i.text()));
    prompt.people().forEach(p -> text.append(' ').append(p));
    return text.toString();
  }

  private static PdfMetadata metadata(CourseConfig config, String title) {
    return new PdfMetadata(title, String.join(", ", config.authors()), "Reflection worksheet from the course " + config.title(),
        config.language());
  }

  /** The cache key: everything that decides the PDF's bytes, including the fonts and this code's version. */
  private String key(String xhtml, PdfMetadata metadata) {
    MessageDigest digest = Sha256.digest();
    digest.update((CACHE_VERSION + "\n" + themeFingerprint + "\n" + metadata + "\n" + xhtml).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String fingerprint(SortedMap<String, byte[]> files) {
    MessageDigest digest = Sha256.digest();
    files.forEach((name, bytes) -> {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
    });
    return HexFormat.of().formatHex(digest.digest());
  }


  private static String readIfPresent(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file) : "";
  }

  /** Writes a cache entry so that a build stopped halfway never leaves a truncated PDF behind. */
  private static void store(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), ".pdf-", ".tmp");
    Files.write(temporary, bytes);
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
