package dev.attune.pipeline;

import dev.attune.config.CourseConfig;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.load.ContentLoader;
import dev.attune.load.LoadedContent;
import dev.attune.load.SourceFile;
import dev.attune.model.Asset;
import dev.attune.model.Course;
import dev.attune.parse.MarkdownParser;
import dev.attune.render.SiteAddresses;
import dev.attune.render.SiteRenderer;
import dev.attune.render.SiteRenderer.PageJob;
import dev.attune.render.Theme;
import dev.attune.write.HostFolders;
import dev.attune.write.OutputFile;
import dev.attune.write.OutputFolder;
import dev.attune.write.OutputGuard;
import dev.attune.write.OutputLayout;
import dev.attune.write.OutputRefused;
import dev.attune.write.Staging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pipeline: load the content folder, parse every Markdown file, assemble the course
 * model, render it through the theme, and write the site. Problems in the content are collected
 * as diagnostics; when there is any error, nothing is written and the previous site stays.
 *
 * <p>Three ways out: {@link #build} into the output folder (with the build cache beside it),
 * {@link #check} into nothing, and {@link #preview} into memory (reusing the previous preview's
 * work). All three share the same preparation, so they report the same diagnostics.
 */
public final class SiteBuilder {
  private final MarkdownParser markdown = new MarkdownParser();
  private final BuildListener listener;
  private final HostFolders host;

  public SiteBuilder(BuildListener listener) {
    this(listener, HostFolders.current());
  }

  /** A builder that protects {@code host}'s folders (tests pass their own working and home folders). */
  public SiteBuilder(BuildListener listener, HostFolders host) {
    this.listener = listener;
    this.host = host;
  }

  /**
   * Builds and, when there are no errors, replaces the output folder. The folder is claimed
   * first, so an output that must not be replaced, or that another build is writing, is refused
   * before any work; it stays locked until the build ends.
   */
  public BuildResult build(BuildOptions options) {
    Claim claim;
    try {
      claim = claim(options);
    } catch (OutputRefused e) {
      return BuildResult.refused(new Diagnostics(), e.getMessage(), e.hint());
    } catch (IOException e) {
      return cannotWrite(new Diagnostics(), options, e);
    }
    try {
      return run(options, Optional.of(claim));
    } finally {
      claim.folder().close();
    }
  }

  /** The output folder a build holds, and the override folder it was checked against. */
  private record Claim(OutputFolder folder, Optional<ThemeFolder> theme) {}

  /**
   * The output folder, checked, locked and recovered; and the PDF cache, checked against it. The
   * override folder is found as the build will find it (course.yml may name it), to be protected too.
   */
  private Claim claim(BuildOptions options) throws OutputRefused, IOException {
    Optional<ThemeFolder> theme = ThemeFolder.find(options, ContentLoader.peekConfig(options.content(), options.contentDisplay()), new Diagnostics());
    OutputGuard guard = guard(options, theme);
    OutputFolder folder = OutputFolder.claim(options.out(), guard, options.force(), listener::note);
    try {
      if (options.cache().isPresent()) {
        guard.checkCache(options.cache().get(), folder.real());
      }
      return new Claim(folder, theme);
    } catch (OutputRefused | IOException | RuntimeException e) {
      folder.close();
      throw e;
    }
  }

  private OutputGuard guard(BuildOptions options, Optional<ThemeFolder> theme) throws IOException {
    return new OutputGuard(options.content(), options.contentDisplay(), theme.map(ThemeFolder::path), theme.map(ThemeFolder::display).orElse(""), host);
  }

  /**
   * Checks the output folder and the cache again when the build found its override folder
   * elsewhere than the claim did (course.yml was changed meanwhile): the site must never replace
   * the folder or land inside it, however it was found.
   */
  private void guardTheme(BuildOptions options, Optional<ThemeFolder> theme, Claim claim) throws OutputRefused, IOException {
    if (theme.isEmpty() || theme.equals(claim.theme())) {
      return;
    }
    OutputGuard guard = guard(options, theme);
    guard.check(options.out());
    if (options.cache().isPresent()) {
      guard.checkCache(options.cache().get(), claim.folder().real());
    }
  }

  /** Everything a build does except writing: reports the diagnostics a build would. It writes nothing and lays out no PDF. */
  public BuildResult check(BuildOptions options) {
    return run(options, Optional.empty());
  }

  /**
   * Builds the course into memory for the preview server, reusing from {@code memory} whatever the
   * previous build made that has not changed, and leaving this build's results there for the next.
   * Nothing is written to disk but the PDF cache, and PDFs only when the options ask for them.
   */
  public Preview preview(BuildOptions options, BuildMemory memory) {
    Prepared prepared = prepare(options, Optional.of(memory), options.pdf());
    Optional<Path> themeFolder = prepared.themeFolder().map(ThemeFolder::path);
    if (prepared.failed().isPresent()) {
      return new Preview(prepared.failed().get(), Optional.empty(), themeFolder);
    }
    MemorySite site = new MemorySite();
    try {
      BuildResult result = write(prepared, options, Optional.of(memory), site::put);
      return new Preview(result, result.succeeded() ? Optional.of(site) : Optional.empty(), themeFolder);
    } catch (IOException e) {
      return new Preview(cannotWrite(prepared.diagnostics(), options, e), Optional.empty(), themeFolder);
    }
  }

  /**
   * A preview build: its result; when it succeeded, the site in memory; and the folder it looked
   * for template overrides in, whether or not it exists, for the preview to watch.
   */
  public record Preview(BuildResult result, Optional<MemorySite> site, Optional<Path> themeFolder) {}

  /**
   * Loads and parses the course into its model without rendering or writing, for commands that
   * work on the model (such as export). Check the diagnostics before using the course.
   */
  public AssembledCourse assemble(BuildOptions options) {
    return assemble(options, Optional.empty()).course();
  }

  /** A course read into its model, and the files of its assets/ that no Markdown file or style sheet uses. */
  private record Assembly(AssembledCourse course, List<SourceFile> unlinkedAssets) {}

  private Assembly assemble(BuildOptions options, Optional<BuildMemory> memory) {
    Diagnostics diagnostics = new Diagnostics();
    listener.progress("load", 0, 1);
    LoadedContent content = ContentLoader.load(options.content(), options.contentDisplay(), diagnostics, memory.flatMap(m -> m.load));
    CourseConfig config = options.baseUrl().map(content.config()::withBaseUrl).orElse(content.config());
    CourseAssembler assembler = new CourseAssembler(markdown, listener, diagnostics, memory);
    Course course = assembler.assemble(content, options.drafts());
    return new Assembly(new AssembledCourse(config, course, diagnostics), assembler.unlinkedAssets());
  }

  /**
   * A course ready to render: its model, theme and renderer, every page planned and every file it
   * will make checked for collisions; or, when something failed on the way, the failed result.
   */
  private record Prepared(Optional<BuildResult> failed, Diagnostics diagnostics, Optional<ThemeFolder> themeFolder, CourseConfig config,
      Course course, Theme theme, SortedMap<String, byte[]> themeAssets, SiteRenderer renderer, List<PageJob> pages, List<OutputFile> copies,
      boolean pdfs) {
    static Prepared failure(BuildResult result, Optional<ThemeFolder> themeFolder) {
      return new Prepared(Optional.of(result), result.diagnostics(), themeFolder, null, null, null, null, null, null, null, false);
    }
  }

  private Prepared prepare(BuildOptions options, Optional<BuildMemory> memory, boolean pdfs) {
    Assembly assembly = assemble(options, memory);
    AssembledCourse assembled = assembly.course();
    Diagnostics diagnostics = assembled.diagnostics();
    CourseConfig config = assembled.config();
    Course course = assembled.course();
    Optional<ThemeFolder> themeFolder = ThemeFolder.find(options, assembled.config(), diagnostics);
    Theme theme = themeFolder.filter(ThemeFolder::exists)
        .map(folder -> Theme.withOverrides(folder.path(), folder.display()))
        .orElseGet(Theme::builtIn);
    Map<String, ByteBuffer> overrides;
    try {
      overrides = theme.overrideFiles();
      UnusedOverrides.report(themeFolder.filter(ThemeFolder::exists), overrides, Theme.builtInFiles(), diagnostics);
    } catch (IOException e) {
      return Prepared.failure(cannotReadTheme(diagnostics, themeFolder, e), themeFolder);
    }
    if (diagnostics.hasErrors()) {
      return Prepared.failure(new BuildResult(diagnostics, 0, 0, 0, false), themeFolder);
    }
    // Only now: a course with errors may not have been read whole (a lesson that is not UTF-8),
    // and a file that a broken link misses is reported by that link already.
    UnusedAssets.report(assembly.unlinkedAssets(), overrides, diagnostics);
    SiteRenderer renderer;
    SortedMap<String, byte[]> themeAssets;
    try {
      Optional<BuildMemory> preview = memory.filter(BuildMemory::forPreview);
      if (preview.isPresent()) {
        BuildMemory.ReadTheme read = preview.get().theme(themeFolder.filter(ThemeFolder::exists), overrides, theme);
        renderer = new SiteRenderer(read.templates(), diagnostics, options.pdf());
        themeAssets = read.assets();
      } else {
        renderer = new SiteRenderer(theme, diagnostics, options.pdf());
        themeAssets = theme.assets();
      }
    } catch (IOException e) {
      return Prepared.failure(cannotReadTheme(diagnostics, themeFolder, e), themeFolder);
    }
    List<PageJob> pages = renderer.plan(config, course,
        new SiteAddresses(OutputLayout.NOT_FOUND, OutputLayout.ANSWER_KEY, OutputLayout.WORKSHEETS, OutputLayout.WORKBOOK_PDF,
            OutputLayout.FACILITATOR));
    List<OutputFile> copies = new ArrayList<>();
    for (Asset asset : course.assets()) {
      copies.add(OutputFile.copy(asset.url(), asset.source(), asset.source().toString()));
    }
    themeAssets.forEach((path, bytes) -> copies.add(OutputFile.of(OutputLayout.themeAsset(path), bytes, "theme file assets/" + path)));
    rejectCollisions(planned(pages, copies, !config.baseUrl().isEmpty(), pdfs ? PdfBuilder.paths(course) : List.of()), diagnostics);
    if (diagnostics.hasErrors()) {
      return Prepared.failure(new BuildResult(diagnostics, 0, 0, 0, false), themeFolder);
    }
    return new Prepared(Optional.empty(), diagnostics, themeFolder, config, course, theme, themeAssets, renderer, pages, copies, pdfs);
  }

  private static BuildResult cannotReadTheme(Diagnostics diagnostics, Optional<ThemeFolder> folder, IOException e) {
    diagnostics.error(Code.THEME_UNREADABLE, folder.filter(ThemeFolder::exists).map(ThemeFolder::display).orElse("(theme)"), Position.FILE,
        "cannot read the theme: " + e.getMessage(), "check that the templates folder and its files are readable");
    return new BuildResult(diagnostics, 0, 0, 0, false);
  }

  /**
   * Renders the course and, with an output folder, writes it: every page goes into the staging
   * folder as soon as it is rendered, on all cores, so memory holds the work in flight rather
   * than the site. Without one ({@code check}), pages are rendered for their diagnostics only.
   */
  private BuildResult run(BuildOptions options, Optional<Claim> output) {
    // The build cache: the files' renders from the last build, used when they still fit.
    BuildMemory memory = BuildMemory.rendersOnly();
    Optional<Map<BuildMemory.DocumentKey, BuildMemory.DocumentResult>> saved = options.cache().flatMap(BuildCache::load);
    saved.ifPresent(memory::restoreDocuments);
    Prepared prepared = prepare(options, Optional.of(memory), options.pdf() && output.isPresent());
    if (prepared.failed().isPresent()) {
      return prepared.failed().get();
    }
    Diagnostics diagnostics = prepared.diagnostics();
    if (output.isPresent()) {
      try {
        guardTheme(options, prepared.themeFolder(), output.get());
      } catch (OutputRefused e) {
        return BuildResult.refused(diagnostics, e.getMessage(), e.hint());
      } catch (IOException e) {
        return cannotWrite(diagnostics, options, e);
      }
    }
    if (output.isEmpty()) {
      int rendered = (int) Parallel.map(prepared.pages(), job -> prepared.renderer().render(job)).stream().filter(Optional::isPresent).count();
      PdfBuilder.checkTemplates(prepared.config(), prepared.course(), prepared.renderer());
      return new BuildResult(diagnostics, rendered, 0, prepared.copies().size(), false);
    }
    Staging staging;
    try {
      staging = output.get().folder().stage();
    } catch (IOException e) {
      return cannotWrite(diagnostics, options, e);
    }
    try {
      BuildResult result = write(prepared, options, Optional.empty(), staging::write);
      if (!result.succeeded()) {
        staging.discard();
        return result;
      }
      staging.publish((done, total) -> {});
      saveCache(options, memory, saved);
      return new BuildResult(diagnostics, result.pages(), result.pdfs(), result.assets(), true, Optional.empty(),
          Optional.of(new BuildResult.Fresh(memory.documentsRendered(), memory.documents().size())));
    } catch (OutputRefused e) {
      return BuildResult.refused(diagnostics, e.getMessage(), e.hint());
    } catch (IOException e) {
      discard(staging, e);
      return cannotWrite(diagnostics, options, e);
    } catch (RuntimeException | Error e) {
      // A bug: the half-written site goes now rather than waiting for the next build to find it.
      discard(staging, e);
      throw e;
    }
  }

  private static void discard(Staging staging, Throwable failure) {
    try {
      staging.discard();
    } catch (IOException | RuntimeException suppressed) {
      failure.addSuppressed(suppressed);
    }
  }

  /** Saves the files' renders for the next build, when they differ from what was saved. */
  private void saveCache(BuildOptions options, BuildMemory memory, Optional<Map<BuildMemory.DocumentKey, BuildMemory.DocumentResult>> saved) {
    if (options.cache().isEmpty() || (saved.isPresent() && memory.documentsRendered() == 0 && saved.get().keySet().equals(memory.documents().keySet()))) {
      return;
    }
    try {
      BuildCache.save(options.cache().get(), memory.documents());
    } catch (IOException | RuntimeException e) {
      // The site is published; without a cache the next build just renders every file again.
      listener.note("could not save the build cache in '" + options.cache().get() + "' (" + e.getMessage() + "); the next build will take longer");
    }
  }

  /** Where a build's files go: the staging folder, or the preview's memory. Called from several threads. */
  private interface Sink {
    void write(OutputFile file) throws IOException;
  }

  /**
   * Renders every page and copies every file into {@code sink} on all cores, then the sitemap and
   * the PDFs. With {@code memory}, a page whose view and theme are as in the previous build keeps
   * its bytes without being rendered again.
   */
  private BuildResult write(Prepared prepared, BuildOptions options, Optional<BuildMemory> memory, Sink sink) throws IOException {
    Diagnostics diagnostics = prepared.diagnostics();
    List<PageJob> pages = prepared.pages();
    List<OutputFile> copies = prepared.copies();
    int total = pages.size() + copies.size();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger rendered = new AtomicInteger();
    try {
      Parallel.map(pages, job -> {
        Map<String, Object> model = job.model().get();
        Optional<byte[]> reused = memory.flatMap(m -> m.page(job.url(), model));
        Optional<byte[]> bytes = reused.isPresent() ? reused
            : prepared.renderer().render(job, model).map(page -> page.html().getBytes(StandardCharsets.UTF_8));
        bytes.ifPresent(html -> {
          write(sink, OutputFile.of(OutputLayout.file(job.url()), html, job.origin()));
          if (reused.isEmpty()) {
            memory.ifPresent(m -> m.keepPage(job.url(), model, html));
          }
          rendered.incrementAndGet();
        });
        listener.progress("write", done.incrementAndGet(), total);
        return job;
      });
      Parallel.map(copies, file -> {
        write(sink, file);
        listener.progress("write", done.incrementAndGet(), total);
        return file;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    memory.ifPresent(m -> m.keepPagesOnly(pages.stream().map(PageJob::url).toList()));
    CourseConfig config = prepared.config();
    if (!config.baseUrl().isEmpty()) {
      sink.write(OutputFile.of(OutputLayout.SITEMAP, Sitemap.of(config.baseUrl(), pages.stream().map(PageJob::url).toList()), "sitemap"));
    }
    int made = 0;
    if (prepared.pdfs() && !diagnostics.hasErrors()) {
      for (OutputFile pdf : new PdfBuilder(prepared.theme(), prepared.themeAssets(), options.cache(), diagnostics, listener)
          .build(config, prepared.course(), prepared.renderer())) {
        sink.write(pdf);
        made++;
      }
    }
    return new BuildResult(diagnostics, rendered.get(), made, copies.size(), false);
  }

  private static void write(Sink sink, OutputFile file) {
    try {
      sink.write(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file the build will write, with what makes it, before anything is rendered. */
  private static List<OutputFile> planned(List<PageJob> pages, List<OutputFile> copies, boolean sitemap, List<OutputFile> pdfs) {
    List<OutputFile> files = new ArrayList<>();
    for (PageJob page : pages) {
      files.add(OutputFile.of(OutputLayout.file(page.url()), new byte[0], page.origin()));
    }
    files.addAll(copies);
    if (sitemap) {
      files.add(OutputFile.of(OutputLayout.SITEMAP, new byte[0], "sitemap"));
    }
    files.addAll(pdfs);
    return files;
  }

  private static BuildResult cannotWrite(Diagnostics diagnostics, BuildOptions options, IOException e) {
    diagnostics.error(Code.CANNOT_WRITE_SITE, options.out().toString(), Position.FILE, "cannot write the site: " + e.getMessage(),
        "check that the folder is writable and the disk is not full; the previous site was left as it was");
    return new BuildResult(diagnostics, 0, 0, 0, false);
  }

  private static void rejectCollisions(List<OutputFile> files, Diagnostics diagnostics) {
    Map<String, OutputFile> byPath = new LinkedHashMap<>();
    for (OutputFile file : files) {
      OutputFile previous = byPath.putIfAbsent(file.path(), file);
      if (previous != null) {
        diagnostics.error(Code.SAME_ADDRESS, file.origin(), Position.FILE, "would be published at '" + file.path() + "', which " + previous.origin() + " already uses",
            "rename one of them");
      }
    }
  }
}
