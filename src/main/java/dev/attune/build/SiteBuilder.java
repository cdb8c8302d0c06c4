package dev.attune.build;

import dev.attune.config.CourseConfig;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.load.ContentLoader;
import dev.attune.load.LoadedContent;
import dev.attune.model.Asset;
import dev.attune.model.Course;
import dev.attune.parse.MarkdownParser;
import dev.attune.render.RenderedPage;
import dev.attune.render.SiteAddresses;
import dev.attune.render.SiteRenderer;
import dev.attune.render.Theme;
import dev.attune.write.HostFolders;
import dev.attune.write.OutputFile;
import dev.attune.write.OutputFolder;
import dev.attune.write.OutputGuard;
import dev.attune.write.OutputLayout;
import dev.attune.write.OutputRefused;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Runs the pipeline: load the content folder, parse every Markdown file, assemble the course
 * model, render it through the theme, and write the site. Problems in the content are collected
 * as diagnostics; when there is any error, nothing is written and the previous site stays.
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
    OutputFolder folder;
    try {
      folder = claim(options);
    } catch (OutputRefused e) {
      return BuildResult.refused(new Diagnostics(), e.getMessage(), e.hint());
    } catch (IOException e) {
      return cannotWrite(new Diagnostics(), options, e);
    }
    try {
      return run(options, Optional.of(folder));
    } finally {
      folder.close();
    }
  }

  /** The output folder, checked, locked and recovered; and the PDF cache, checked against it. */
  private OutputFolder claim(BuildOptions options) throws OutputRefused, IOException {
    OutputGuard guard = new OutputGuard(options.content(), options.contentDisplay(), options.templates(), options.templatesDisplay(), host);
    OutputFolder folder = OutputFolder.claim(options.out(), guard, options.force(), listener::note);
    try {
      if (options.cache().isPresent()) {
        guard.checkCache(options.cache().get(), folder.real());
      }
      return folder;
    } catch (OutputRefused | IOException | RuntimeException e) {
      folder.close();
      throw e;
    }
  }

  /** Everything a build does except writing: reports the diagnostics a build would. */
  public BuildResult check(BuildOptions options) {
    return run(options, Optional.empty());
  }

  /**
   * Loads and parses the course into its model without rendering or writing, for commands that
   * work on the model (such as export). Check the diagnostics before using the course.
   */
  public AssembledCourse assemble(BuildOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    listener.progress("load", 0, 1);
    LoadedContent content = ContentLoader.load(options.content(), options.contentDisplay(), diagnostics);
    CourseConfig config = options.baseUrl().map(content.config()::withBaseUrl).orElse(content.config());
    Course course = new CourseAssembler(markdown, listener, diagnostics).assemble(content, options.drafts());
    return new AssembledCourse(config, course, diagnostics);
  }

  private BuildResult run(BuildOptions options, Optional<OutputFolder> output) {
    AssembledCourse assembled = assemble(options);
    Diagnostics diagnostics = assembled.diagnostics();
    CourseConfig config = assembled.config();
    Course course = assembled.course();
    if (diagnostics.hasErrors()) {
      return new BuildResult(diagnostics, 0, 0, 0, false);
    }
    Theme theme = options.templates()
        .map(folder -> Theme.withOverrides(folder, options.templatesDisplay()))
        .orElseGet(Theme::builtIn);
    List<OutputFile> files = new ArrayList<>();
    int pages;
    int pdfs = 0;
    try {
      listener.progress("render", 0, 1);
      SiteRenderer renderer = new SiteRenderer(theme, diagnostics, options.pdf());
      List<RenderedPage> rendered = renderer.render(config, course,
          new SiteAddresses(OutputLayout.NOT_FOUND, OutputLayout.ANSWER_KEY, OutputLayout.WORKSHEETS, OutputLayout.WORKBOOK_PDF));
      pages = rendered.size();
      for (RenderedPage page : rendered) {
        files.add(OutputFile.of(OutputLayout.file(page.url()), page.html().getBytes(StandardCharsets.UTF_8), page.origin()));
      }
      for (Asset asset : course.assets()) {
        files.add(OutputFile.copy(asset.url(), asset.source(), asset.source().toString()));
      }
      SortedMap<String, byte[]> themeAssets = theme.assets();
      themeAssets.forEach((path, bytes) -> files.add(OutputFile.of(OutputLayout.themeAsset(path), bytes, "theme file assets/" + path)));
      if (!config.baseUrl().isEmpty()) {
        files.add(OutputFile.of(OutputLayout.SITEMAP, Sitemap.of(config.baseUrl(), rendered), "sitemap"));
      }
      if (options.pdf() && !diagnostics.hasErrors()) {
        List<OutputFile> made = new PdfBuilder(theme, themeAssets, options.cache(), diagnostics, listener).build(config, course, renderer);
        pdfs = made.size();
        files.addAll(made);
      }
    } catch (IOException e) {
      diagnostics.error(options.templatesDisplay().isEmpty() ? "(theme)" : options.templatesDisplay(), Position.FILE, "cannot read the theme: " + e.getMessage(), "");
      return new BuildResult(diagnostics, 0, 0, 0, false);
    }
    rejectCollisions(files, diagnostics);
    int copied = files.size() - pages - pdfs - (config.baseUrl().isEmpty() ? 0 : 1);
    if (diagnostics.hasErrors() || output.isEmpty()) {
      return new BuildResult(diagnostics, pages, pdfs, copied, false);
    }
    listener.progress("write", 0, files.size());
    try {
      output.get().replace(files, (done, total) -> listener.progress("write", done, total));
    } catch (OutputRefused e) {
      return BuildResult.refused(diagnostics, e.getMessage(), e.hint());
    } catch (IOException e) {
      return cannotWrite(diagnostics, options, e);
    }
    return new BuildResult(diagnostics, pages, pdfs, copied, true);
  }

  private static BuildResult cannotWrite(Diagnostics diagnostics, BuildOptions options, IOException e) {
    diagnostics.error(options.out().toString(), Position.FILE, "cannot write the site: " + e.getMessage(),
        "check that the folder is writable and the disk is not full; the previous site was left as it was");
    return new BuildResult(diagnostics, 0, 0, 0, false);
  }

  private static void rejectCollisions(List<OutputFile> files, Diagnostics diagnostics) {
    Map<String, OutputFile> byPath = new LinkedHashMap<>();
    for (OutputFile file : files) {
      OutputFile previous = byPath.putIfAbsent(file.path(), file);
      if (previous != null) {
        diagnostics.error(file.origin(), Position.FILE, "would be published at '" + file.path() + "', which " + previous.origin() + " already uses",
            "rename one of them");
      }
    }
  }
}
