package dev.attune.build;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.load.LessonSource;
import dev.attune.load.LoadedContent;
import dev.attune.load.MarkdownSource;
import dev.attune.load.ModuleSource;
import dev.attune.load.PageSource;
import dev.attune.load.SourceFile;
import dev.attune.load.WorksheetSource;
import dev.attune.model.Asset;
import dev.attune.model.Body;
import dev.attune.model.Course;
import dev.attune.model.Home;
import dev.attune.model.Html;
import dev.attune.model.Ids;
import dev.attune.model.Lesson;
import dev.attune.model.Module;
import dev.attune.model.Page;
import dev.attune.model.Worksheet;
import dev.attune.model.WorksheetPage;
import dev.attune.parse.IdRegistry;
import dev.attune.parse.LinkTarget;
import dev.attune.parse.LinkTargets;
import dev.attune.parse.MarkdownParser;
import dev.attune.parse.ParsedMarkdown;
import dev.attune.parse.SourceText;
import dev.attune.write.OutputLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns loaded sources into the course model. Every page gets its address first, then every
 * Markdown file is parsed (so all heading anchors are known), then each is rendered with its
 * links resolved against the whole course.
 */
final class CourseAssembler {
  private final MarkdownParser markdown;
  private final BuildListener listener;
  private final Diagnostics diagnostics;
  private final IdRegistry blockIds = new IdRegistry();
  private final Map<MarkdownSource, ParsedMarkdown> parsed = new LinkedHashMap<>();
  private LinkTable links;

  CourseAssembler(MarkdownParser markdown, BuildListener listener, Diagnostics diagnostics) {
    this.markdown = markdown;
    this.listener = listener;
    this.diagnostics = diagnostics;
  }

  Course assemble(LoadedContent content, boolean drafts) {
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
    List<PageSource> pages = published(content.pages(), p -> p.meta().draft(), p -> p.source(), drafts, unpublished);
    List<WorksheetSource> worksheetFiles = published(content.worksheets(), w -> w.meta().draft(), w -> w.source(), drafts, unpublished);

    links = new LinkTable(unpublished);
    int total = lessonUrls.size() + pages.size() + worksheetFiles.size() + (content.home().isPresent() ? 1 : 0);
    content.home().ifPresent(home -> parse(home.source(), OutputLayout.HOME, total));
    lessonUrls.forEach((lesson, url) -> parse(lesson.source(), url, total));
    for (PageSource page : pages) {
      parse(page.source(), OutputLayout.page(page.slug()), total);
    }
    for (WorksheetSource worksheet : worksheetFiles) {
      parse(worksheet.source(), OutputLayout.worksheet(worksheetId(worksheet)), total);
    }
    List<Asset> assets = new ArrayList<>();
    for (SourceFile file : content.assets()) {
      String url = OutputLayout.asset(file.relativePath());
      links.addAsset(file.relativePath(), url);
      assets.add(new Asset(file.file(), url));
    }

    Home home = content.home()
        .map(h -> new Home(h.title(), render(h.source(), OutputLayout.HOME)))
        .orElse(Home.EMPTY);
    List<Module> modules = new ArrayList<>();
    Map<String, Lesson> lessonsByPath = new HashMap<>();
    int number = 0;
    for (ModuleSource module : content.modules()) {
      List<Lesson> lessons = new ArrayList<>();
      for (LessonSource source : module.lessons()) {
        String url = lessonUrls.get(source);
        if (url != null) {
          Lesson lesson = lesson(source, ++number, url);
          lessons.add(lesson);
          lessonsByPath.put(source.source().file().relativePath(), lesson);
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
          page.meta().menu(), render(page.source(), url)));
    }
    List<WorksheetPage> worksheets = new ArrayList<>();
    for (Module module : modules) {
      for (Lesson lesson : module.lessons()) {
        for (Worksheet worksheet : lesson.worksheets()) {
          worksheets.add(worksheetPage(worksheet, lesson.sourcePath(), lesson, ""));
        }
      }
    }
    for (WorksheetSource file : worksheetFiles) {
      standalone(file, lessonsByPath).ifPresent(worksheets::add);
    }
    return new Course(home, modules, pageModels, worksheets, assets);
  }

  private static <T> List<T> published(List<T> sources, java.util.function.Predicate<T> draft,
      java.util.function.Function<T, MarkdownSource> source, boolean drafts, Set<String> unpublished) {
    List<T> kept = new ArrayList<>();
    for (T item : sources) {
      if (draft.test(item) && !drafts) {
        unpublished.add(source.apply(item).file().relativePath());
      } else {
        kept.add(item);
      }
    }
    return kept;
  }

  private void parse(MarkdownSource source, String url, int total) {
    ParsedMarkdown document = markdown.parse(new SourceText(source.file().displayPath(), source.body(), source.bodyFirstLine(), idPrefix(url)));
    parsed.put(source, document);
    links.addDocument(source.file().relativePath(), url, document.anchors());
    listener.progress("parse", parsed.size(), total);
  }

  private Body render(MarkdownSource source, String url) {
    return parsed.get(source).render(links.from(source.file().relativePath(), url), diagnostics, blockIds);
  }

  private Lesson lesson(LessonSource source, int number, String url) {
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
        inline(source.meta().objectives(), path, source.meta().positions().get("objectives"), targets),
        inline(source.meta().keypoints(), path, source.meta().positions().get("keypoints"), targets),
        render(source.source(), url));
  }

  private List<Html> inline(List<String> items, String path, Position at, LinkTargets targets) {
    List<Html> html = new ArrayList<>();
    for (String item : items) {
      html.add(markdown.inline(item, path, at == null ? Position.FILE : at, targets, diagnostics));
    }
    return html;
  }

  private static WorksheetPage worksheetPage(Worksheet worksheet, String sourcePath, Lesson lesson, String summary) {
    return new WorksheetPage(worksheet, OutputLayout.worksheet(worksheet.id()), OutputLayout.worksheetPdf(worksheet.id()),
        sourcePath, lesson, summary);
  }

  /** A worksheet file, with the lesson its front matter names (checked like a link). */
  private Optional<WorksheetPage> standalone(WorksheetSource file, Map<String, Lesson> lessonsByPath) {
    MarkdownSource source = file.source();
    String id = worksheetId(file);
    String url = OutputLayout.worksheet(id);
    Lesson lesson = null;
    if (!file.meta().lesson().isEmpty()) {
      LinkTarget target = links.from(source.file().relativePath(), url).resolve(file.meta().lesson(), false);
      String resolved = LinkTable.resolvePath(source.file().folder(), file.meta().lesson());
      lesson = resolved == null ? null : lessonsByPath.get(resolved);
      if (target instanceof LinkTarget.Broken broken) {
        diagnostics.error(source.file().displayPath(), file.meta().lessonAt(), "'lesson': " + broken.message(), broken.hint());
      } else if (lesson == null) {
        diagnostics.error(source.file().displayPath(), file.meta().lessonAt(), "'lesson' must name a lesson's file, e.g. ../lessons/03-check-in.md", "");
      }
    }
    Optional<Worksheet> worksheet = parsed.get(source).renderWorksheet(id, file.meta().title(),
        links.from(source.file().relativePath(), url), diagnostics, blockIds);
    Lesson owner = lesson;
    return worksheet.map(w -> worksheetPage(w, source.file().displayPath(), owner, file.meta().summary()));
  }

  private static String worksheetId(WorksheetSource file) {
    return file.meta().id().isEmpty() ? file.slug() : file.meta().id();
  }

  /** The start of ids derived for a page's quizzes: its address without "lessons/". */
  private static String idPrefix(String url) {
    String path = url.startsWith("lessons/") ? url.substring("lessons/".length()) : url;
    return path.isEmpty() ? "home" : Ids.slugify(path);
  }
}
