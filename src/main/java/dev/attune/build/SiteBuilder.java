package dev.attune.build;

import dev.attune.config.CourseConfig;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.load.ContentLoader;
import dev.attune.load.LessonSource;
import dev.attune.load.LoadedContent;
import dev.attune.load.MarkdownSource;
import dev.attune.load.ModuleSource;
import dev.attune.load.PageSource;
import dev.attune.load.SourceFile;
import dev.attune.model.Asset;
import dev.attune.model.Body;
import dev.attune.model.Course;
import dev.attune.model.Home;
import dev.attune.model.Html;
import dev.attune.model.Lesson;
import dev.attune.model.Module;
import dev.attune.model.Page;
import dev.attune.model.Ids;
import dev.attune.parse.IdRegistry;
import dev.attune.parse.LinkTargets;
import dev.attune.parse.MarkdownParser;
import dev.attune.parse.ParsedMarkdown;
import dev.attune.parse.SourceText;
import dev.attune.render.RenderedPage;
import dev.attune.render.SiteRenderer;
import dev.attune.render.Theme;
import dev.attune.write.OutputFile;
import dev.attune.write.OutputLayout;
import dev.attune.write.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Runs the pipeline: load the content folder, parse every Markdown file, assemble the course
 * model, render it through the theme, and write the site. Problems in the content are collected
 * as diagnostics; when there is any error, nothing is written and the previous site stays.
 */
public final class SiteBuilder {
  private final MarkdownParser markdown = new MarkdownParser();
  private final BuildListener listener;
  private IdRegistry blockIds = new IdRegistry();

  public SiteBuilder(BuildListener listener) {
    this.listener = listener;
  }

  /** Builds and, when there are no errors, replaces the output folder. */
  public BuildResult build(BuildOptions options) {
    return run(options, true);
  }

  /** Everything a build does except writing: reports the diagnostics a build would. */
  public BuildResult check(BuildOptions options) {
    return run(options, false);
  }

  /**
   * Loads and parses the course into its model without rendering or writing, for commands that
   * work on the model (such as export). Check the diagnostics before using the course.
   */
  public AssembledCourse assemble(BuildOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    blockIds = new IdRegistry();
    listener.progress("load", 0, 1);
    LoadedContent content = ContentLoader.load(options.content(), options.contentDisplay(), diagnostics);
    CourseConfig config = options.baseUrl().map(content.config()::withBaseUrl).orElse(content.config());
    Course course = assemble(content, options.drafts(), diagnostics);
    return new AssembledCourse(config, course, diagnostics);
  }

  private BuildResult run(BuildOptions options, boolean write) {
    AssembledCourse assembled = assemble(options);
    Diagnostics diagnostics = assembled.diagnostics();
    CourseConfig config = assembled.config();
    Course course = assembled.course();
    if (diagnostics.hasErrors()) {
      return new BuildResult(diagnostics, 0, 0, false);
    }
    Theme theme = options.templates()
        .map(folder -> Theme.withOverrides(folder, options.templatesDisplay()))
        .orElseGet(Theme::builtIn);
    List<OutputFile> files = new ArrayList<>();
    int pages;
    try {
      listener.progress("render", 0, 1);
      List<RenderedPage> rendered = new SiteRenderer(theme, diagnostics).render(config, course, OutputLayout.NOT_FOUND, OutputLayout.ANSWER_KEY);
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
    } catch (IOException e) {
      diagnostics.error(options.templatesDisplay().isEmpty() ? "(theme)" : options.templatesDisplay(), Position.FILE, "cannot read the theme: " + e.getMessage(), "");
      return new BuildResult(diagnostics, 0, 0, false);
    }
    rejectCollisions(files, diagnostics);
    int copied = files.size() - pages - (config.baseUrl().isEmpty() ? 0 : 1);
    if (diagnostics.hasErrors() || !write) {
      return new BuildResult(diagnostics, pages, copied, false);
    }
    listener.progress("write", 0, files.size());
    try {
      SiteWriter.write(files, options.out());
    } catch (IOException e) {
      diagnostics.error(options.out().toString(), Position.FILE, "cannot write the site: " + e.getMessage(), "check that the folder is writable and the disk is not full; the previous site was left as it was");
      return new BuildResult(diagnostics, pages, copied, false);
    }
    listener.progress("write", files.size(), files.size());
    return new BuildResult(diagnostics, pages, copied, true);
  }

  /** Turns loaded sources into the course model: assigns addresses, parses, then renders Markdown. */
  private Course assemble(LoadedContent content, boolean drafts, Diagnostics diagnostics) {
    Set<String> unpublished = new HashSet<>();
    Map<LessonSource, String> lessonUrls = new LinkedHashMap<>();
    for (ModuleSource module : content.modules()) {
      for (LessonSource lesson : module.lessons()) {
        if (lesson.meta().draft() && !drafts) {
          unpublished.add(lesson.source().file().relativePath());
        } else {
          lessonUrls.put(lesson, OutputLayout.lesson(module.slug(), lesson.slug()));
        }
      }
    }
    List<PageSource> pages = new ArrayList<>();
    for (PageSource page : content.pages()) {
      if (page.meta().draft() && !drafts) {
        unpublished.add(page.source().file().relativePath());
      } else {
        pages.add(page);
      }
    }

    LinkTable links = new LinkTable(unpublished);
    Map<MarkdownSource, ParsedMarkdown> parsed = new LinkedHashMap<>();
    int total = lessonUrls.size() + pages.size() + (content.home().isPresent() ? 1 : 0);
    content.home().ifPresent(home -> parse(home.source(), OutputLayout.HOME, parsed, links));
    lessonUrls.forEach((lesson, url) -> {
      parse(lesson.source(), url, parsed, links);
      listener.progress("parse", parsed.size(), total);
    });
    for (PageSource page : pages) {
      parse(page.source(), OutputLayout.page(page.slug()), parsed, links);
    }
    List<Asset> assets = new ArrayList<>();
    for (SourceFile file : content.assets()) {
      String url = OutputLayout.asset(file.relativePath());
      links.addAsset(file.relativePath(), url);
      assets.add(new Asset(file.file(), url));
    }

    Home home = content.home()
        .map(h -> new Home(h.title(), render(h.source(), OutputLayout.HOME, parsed, links, diagnostics)))
        .orElse(Home.EMPTY);
    List<Module> modules = new ArrayList<>();
    int number = 0;
    for (ModuleSource module : content.modules()) {
      List<Lesson> lessons = new ArrayList<>();
      for (LessonSource source : module.lessons()) {
        String url = lessonUrls.get(source);
        if (url != null) {
          lessons.add(lesson(source, ++number, url, parsed, links, diagnostics));
        }
      }
      if (!lessons.isEmpty()) {
        modules.add(new Module(module.slug(), module.title(), module.summary(), lessons));
      }
    }
    List<Page> pageModels = new ArrayList<>();
    for (PageSource page : pages) {
      String url = OutputLayout.page(page.slug());
      pageModels.add(new Page(page.slug(), url, page.source().file().displayPath(), page.meta().title(), page.meta().summary(),
          page.meta().menu(), render(page.source(), url, parsed, links, diagnostics)));
    }
    return new Course(home, modules, pageModels, assets);
  }

  private void parse(MarkdownSource source, String url, Map<MarkdownSource, ParsedMarkdown> parsed, LinkTable links) {
    ParsedMarkdown document = markdown.parse(new SourceText(source.file().displayPath(), source.body(), source.bodyFirstLine(), idPrefix(url)));
    parsed.put(source, document);
    links.addDocument(source.file().relativePath(), url, document.anchors());
  }

  private Body render(MarkdownSource source, String url, Map<MarkdownSource, ParsedMarkdown> parsed, LinkTable links, Diagnostics diagnostics) {
    return parsed.get(source).render(links.from(source.file().relativePath(), url), diagnostics, blockIds);
  }

  /** The start of ids derived for a page's quizzes: its address without "lessons/". */
  private static String idPrefix(String url) {
    String path = url.startsWith("lessons/") ? url.substring("lessons/".length()) : url;
    return path.isEmpty() ? "home" : Ids.slugify(path);
  }

  private Lesson lesson(LessonSource source, int number, String url, Map<MarkdownSource, ParsedMarkdown> parsed,
      LinkTable links, Diagnostics diagnostics) {
    String path = source.source().file().displayPath();
    LinkTargets targets = links.from(source.source().file().relativePath(), url);
    return new Lesson(
        number,
        source.slug(),
        url,
        path,
        source.meta().title(),
        source.meta().summary(),
        source.meta().duration(),
        inline(source.meta().objectives(), path, source.meta().positions().get("objectives"), targets, diagnostics),
        inline(source.meta().keypoints(), path, source.meta().positions().get("keypoints"), targets, diagnostics),
        render(source.source(), url, parsed, links, diagnostics));
  }

  private List<Html> inline(List<String> items, String path, Position at, LinkTargets targets, Diagnostics diagnostics) {
    List<Html> html = new ArrayList<>();
    for (String item : items) {
      html.add(markdown.inline(item, path, at == null ? Position.FILE : at, targets, diagnostics));
    }
    return html;
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
