package dev.attune.pipeline;

import dev.attune.config.RawHtml;
import dev.attune.diagnostics.Code;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns loaded sources into the course model. Every page gets its address first, then every
 * Markdown file is parsed (so all heading anchors are known), then each is rendered with its
 * links resolved against the whole course. Parsing and rendering run on all cores; everything
 * that depends on order (links, block ids, numbering) is merged in course order afterwards, so
 * the model is the same however the work was spread.
 */
final class CourseAssembler {
  private final MarkdownParser markdown;
  private final BuildListener listener;
  private final Diagnostics diagnostics;
  private final IdRegistry blockIds = new IdRegistry();
  private final Optional<BuildMemory> memory;
  private LinkTable links;
  private boolean trustedHtml;
  private List<SourceFile> unlinkedAssets = List.of();

  // Sources are looked up by identity: the same objects flow from the loader, and hashing a
  // source record would hash the whole text of its file each time.

  /** A Markdown file and its address; its place in the list of all of them is its course order. */
  private record Document(MarkdownSource source, String url) {}

  /** Above this many characters of Markdown (about 5,000 lessons), syntax trees are not kept between parsing and rendering. */
  static final long KEEP_TREES_UP_TO = 32L << 20;

  /** A parsed file's anchors, and its syntax tree when it is kept for rendering. */
  private record ParsedFile(Optional<ParsedMarkdown> tree, Set<String> anchors) {}

  /** What rendering one file gave: a body (with a lesson's objectives and key points) or a worksheet. */
  record Rendered(Body body, List<Html> objectives, List<Html> keypoints, Optional<Worksheet> worksheet) {}

  /** What a lesson's render takes from its front matter. */
  private record LessonInput(List<String> objectives, Position objectivesAt, List<String> keypoints, Position keypointsAt) {}

  /** What a worksheet file's render takes from its front matter. */
  private record WorksheetInput(String id, String title) {}

  /** @param memory the previous build's results, to reuse what has not changed (the preview server's) */
  CourseAssembler(MarkdownParser markdown, BuildListener listener, Diagnostics diagnostics, Optional<BuildMemory> memory) {
    this.markdown = markdown;
    this.listener = listener;
    this.diagnostics = diagnostics;
    this.memory = memory;
  }

  Course assemble(LoadedContent content, boolean drafts) {
    trustedHtml = content.config().rawHtml() == RawHtml.TRUSTED;
    Set<String> unpublished = new HashSet<>();
    Map<LessonSource, String> lessonUrls = new IdentityHashMap<>();
    List<LessonSource> publishedLessons = new ArrayList<>();
    // Drafts left out of this build, with the addresses they would have: what they link to is in use.
    List<Document> draftDocuments = new ArrayList<>();
    for (ModuleSource module : content.modules()) {
      for (LessonSource lesson : module.lessons()) {
        if (lesson.meta().draft() && !drafts) {
          unpublished.add(lesson.source().file().relativePath());
          draftDocuments.add(new Document(lesson.source(), OutputLayout.lesson(module.slug(), lesson.slug())));
        } else {
          lessonUrls.put(lesson, OutputLayout.lesson(module.slug(), lesson.slug()));
          publishedLessons.add(lesson);
        }
      }
    }
    List<PageSource> pages = published(content.pages(), p -> p.meta().draft(), p -> p.source(), drafts, unpublished);
    List<WorksheetSource> worksheetFiles = published(content.worksheets(), w -> w.meta().draft(), w -> w.source(), drafts, unpublished);
    for (PageSource page : content.pages()) {
      if (unpublished.contains(page.source().file().relativePath())) {
        draftDocuments.add(new Document(page.source(), OutputLayout.page(page.slug())));
      }
    }
    for (WorksheetSource worksheet : content.worksheets()) {
      if (unpublished.contains(worksheet.source().file().relativePath())) {
        draftDocuments.add(new Document(worksheet.source(), OutputLayout.worksheet(worksheetId(worksheet))));
      }
    }

    List<Document> documents = new ArrayList<>();
    content.home().ifPresent(home -> documents.add(new Document(home.source(), OutputLayout.HOME)));
    publishedLessons.forEach(lesson -> documents.add(new Document(lesson.source(), lessonUrls.get(lesson))));
    for (PageSource page : pages) {
      documents.add(new Document(page.source(), OutputLayout.page(page.slug())));
    }
    for (WorksheetSource worksheet : worksheetFiles) {
      documents.add(new Document(worksheet.source(), OutputLayout.worksheet(worksheetId(worksheet))));
    }

    Map<MarkdownSource, LessonSource> lessonsBySource = new IdentityHashMap<>();
    publishedLessons.forEach(lesson -> lessonsBySource.put(lesson.source(), lesson));
    Map<MarkdownSource, WorksheetSource> worksheetsBySource = new IdentityHashMap<>();
    worksheetFiles.forEach(file -> worksheetsBySource.put(file.source(), file));
    List<BuildMemory.DocumentKey> keys = new ArrayList<>();
    for (Document document : documents) {
      keys.add(key(document, trustedHtml, lessonsBySource.get(document.source()), worksheetsBySource.get(document.source())));
    }
    List<BuildMemory.DocumentResult> previous = keys.stream().map(key -> memory.map(m -> m.document(key)).orElse(null)).toList();

    // Parse what is new or changed; the anchors of the rest are known from the previous build.
    // A parsed file is kept for rendering, unless the course is so large that keeping every
    // file's syntax tree at once would take more memory than parsing twice takes time.
    long text = documents.stream().mapToLong(d -> d.source().body().length()).sum();
    boolean keepTrees = text <= KEEP_TREES_UP_TO;
    AtomicInteger done = new AtomicInteger();
    List<Optional<ParsedMarkdown>> parsed = new ArrayList<>();
    List<Set<String>> parsedAnchors = new ArrayList<>();
    for (ParsedFile file : Parallel.map(range(documents.size()), i -> {
      ParsedFile result = previous.get(i) != null ? new ParsedFile(Optional.empty(), previous.get(i).anchors()) : parsed(documents.get(i), keepTrees);
      listener.progress("parse", done.incrementAndGet(), documents.size());
      return result;
    })) {
      parsed.add(file.tree());
      parsedAnchors.add(file.anchors());
    }
    links = new LinkTable(unpublished, content.unreadable());
    for (int i = 0; i < documents.size(); i++) {
      links.addDocument(documents.get(i).source().file().relativePath(), documents.get(i).url(), parsedAnchors.get(i));
    }
    List<Asset> assets = new ArrayList<>();
    for (SourceFile file : content.assets()) {
      String url = OutputLayout.asset(file.relativePath());
      links.addAsset(file.relativePath(), url);
      assets.add(new Asset(file.file(), url));
    }

    // Render what changed, or whose links now lead elsewhere; reuse the rest with its diagnostics.
    done.set(0);
    AtomicInteger fresh = new AtomicInteger();
    List<BuildMemory.DocumentResult> results = Parallel.map(range(documents.size()), i -> {
      Document document = documents.get(i);
      LinkTargets targets = links.from(document.source().file().relativePath(), document.url());
      BuildMemory.DocumentResult old = previous.get(i);
      IdRegistry.PageIds ids = blockIds.page(i);
      BuildMemory.DocumentResult result;
      if (old != null && RecordingLinkTargets.sameAnswers(old.links(), targets)) {
        ids.replay(old.claims());
        result = old;
      } else {
        ParsedMarkdown tree = parsed.get(i).orElseGet(() -> parse(document));
        RecordingLinkTargets recording = new RecordingLinkTargets(targets);
        Diagnostics own = new Diagnostics();
        Rendered rendered = render(document, tree, ids, recording, own, lessonsBySource.get(document.source()),
            worksheetsBySource.get(document.source()));
        result = new BuildMemory.DocumentResult(tree.anchors(), rendered, recording.answers(), own.all(), ids.claims(), tree.addresses());
        fresh.incrementAndGet();
      }
      listener.progress("render", done.incrementAndGet(), documents.size());
      return result;
    });
    Map<MarkdownSource, Rendered> bySource = new IdentityHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      results.get(i).diagnostics().forEach(diagnostics::add);
      bySource.put(documents.get(i).source(), results.get(i).rendered());
    }
    blockIds.reportConflicts(diagnostics);
    unlinkedAssets = unlinkedAssets(content, documents, results, draftDocuments);
    if (memory.isPresent()) {
      Map<BuildMemory.DocumentKey, BuildMemory.DocumentResult> kept = new HashMap<>();
      for (int i = 0; i < documents.size(); i++) {
        kept.put(keys.get(i), results.get(i));
      }
      memory.get().keepDocuments(kept, fresh.get());
    }

    Home home = content.home()
        .map(h -> new Home(h.title(), bySource.get(h.source()).body()))
        .orElse(Home.EMPTY);
    List<Module> modules = new ArrayList<>();
    Map<String, Lesson> lessonsByPath = new HashMap<>();
    int number = 0;
    for (ModuleSource module : content.modules()) {
      List<Lesson> lessons = new ArrayList<>();
      for (LessonSource source : module.lessons()) {
        String url = lessonUrls.get(source);
        if (url != null) {
          Lesson lesson = lesson(source, ++number, url, bySource.get(source.source()));
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
          page.meta().menu(), bySource.get(page.source()).body()));
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
      standalone(file, bySource.get(file.source()).worksheet(), lessonsByPath).ifPresent(worksheets::add);
    }
    Course course = new Course(home, modules, pageModels, worksheets, assets);
    TrueFalseBalance.check(course, diagnostics);
    return course;
  }

  /**
   * The files of assets/ that no Markdown file (a draft included) and no style sheet of the
   * content folder uses; a file of the override folder may still name them.
   */
  List<SourceFile> unlinkedAssets() {
    return unlinkedAssets;
  }

  private List<SourceFile> unlinkedAssets(LoadedContent content, List<Document> documents, List<BuildMemory.DocumentResult> results,
      List<Document> draftDocuments) {
    UnusedAssets use = new UnusedAssets(links);
    for (int i = 0; i < documents.size(); i++) {
      String path = documents.get(i).source().file().relativePath();
      // The answers cover the links of front matter (objectives, key points) too; the addresses, raw HTML's.
      use.addresses(path, documents.get(i).url(), results.get(i).links().keySet().stream().map(RecordingLinkTargets.Lookup::href).toList());
      use.addresses(path, documents.get(i).url(), results.get(i).addresses());
    }
    List<List<String>> draftAddresses = Parallel.map(draftDocuments, draft -> parse(draft).addresses());
    for (int i = 0; i < draftDocuments.size(); i++) {
      use.addresses(draftDocuments.get(i).source().file().relativePath(), draftDocuments.get(i).url(), draftAddresses.get(i));
    }
    use.styleSheets(content.assets());
    return use.unused(content.assets());
  }

  private ParsedFile parsed(Document document, boolean keepTree) {
    ParsedMarkdown tree = parse(document);
    return new ParsedFile(keepTree ? Optional.of(tree) : Optional.empty(), tree.anchors());
  }

  private ParsedMarkdown parse(Document document) {
    MarkdownSource source = document.source();
    return markdown.parse(new SourceText(source.file().displayPath(), source.body(), source.bodyFirstLine(), idPrefix(document.url())), trustedHtml);
  }

  /** Everything a file's render depends on, other than the answers its links get. */
  private static BuildMemory.DocumentKey key(Document document, boolean trustedHtml, LessonSource lesson, WorksheetSource worksheetFile) {
    MarkdownSource source = document.source();
    Object extra = null;
    if (lesson != null) {
      extra = new LessonInput(lesson.meta().objectives(), lesson.meta().positions().get("objectives"), lesson.meta().keypoints(),
          lesson.meta().positions().get("keypoints"));
    } else if (worksheetFile != null) {
      extra = new WorksheetInput(worksheetId(worksheetFile), worksheetFile.meta().title());
    }
    return new BuildMemory.DocumentKey(source.file().relativePath(), source.file().displayPath(), document.url(), source.body(),
        source.bodyFirstLine(), idPrefix(document.url()), trustedHtml, extra);
  }

  /** Renders one file: a worksheet file as a worksheet, a lesson with its objectives and key points. */
  private Rendered render(Document document, ParsedMarkdown parsed, IdRegistry.PageIds ids, LinkTargets targets, Diagnostics diagnostics,
      LessonSource lesson, WorksheetSource worksheetFile) {
    MarkdownSource source = document.source();
    if (worksheetFile != null) {
      return new Rendered(null, List.of(), List.of(),
          parsed.renderWorksheet(worksheetId(worksheetFile), worksheetFile.meta().title(), targets, diagnostics, ids));
    }
    Body body = parsed.render(targets, diagnostics, ids);
    if (lesson == null) {
      return new Rendered(body, List.of(), List.of(), Optional.empty());
    }
    String path = source.file().displayPath();
    givenTwice("objectives", lesson.meta().objectives(), body, path, lesson.meta().positions().get("objectives"), diagnostics);
    givenTwice("keypoints", lesson.meta().keypoints(), body, path, lesson.meta().positions().get("keypoints"), diagnostics);
    return new Rendered(body,
        inline(lesson.meta().objectives(), path, lesson.meta().positions().get("objectives"), targets, diagnostics),
        inline(lesson.meta().keypoints(), path, lesson.meta().positions().get("keypoints"), targets, diagnostics),
        Optional.empty());
  }

  /**
   * Objectives or key points in the front matter and as a block too would be shown twice: an
   * error, since only the author knows which of the two is up to date.
   */
  private static void givenTwice(String key, List<String> items, Body body, String path, Position at, Diagnostics diagnostics) {
    if (!items.isEmpty() && body.blocks().contains(key)) {
      diagnostics.error(Code.GIVEN_TWICE, path, at == null ? Position.FILE : at,
          "'" + key + "' is given here and as a ':::" + key + "' block in the text, so the lesson would show them twice",
          "keep one: delete '" + key + ":' here, or the ':::" + key + "' block");
    }
  }

  private static List<Integer> range(int size) {
    List<Integer> indexes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      indexes.add(i);
    }
    return indexes;
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

  private Lesson lesson(LessonSource source, int number, String url, Rendered rendered) {
    return new Lesson(
        number,
        source.slug(),
        url,
        source.source().file().displayPath(),
        source.meta().title(),
        source.meta().summary(),
        source.meta().duration(),
        source.meta().teaching(),
        source.meta().exercises(),
        rendered.objectives(),
        rendered.keypoints(),
        rendered.body());
  }

  private List<Html> inline(List<String> items, String path, Position at, LinkTargets targets, Diagnostics diagnostics) {
    List<Html> html = new ArrayList<>();
    for (String item : items) {
      html.add(markdown.inline(item, path, at == null ? Position.FILE : at, targets, diagnostics, trustedHtml));
    }
    return html;
  }

  private static WorksheetPage worksheetPage(Worksheet worksheet, String sourcePath, Lesson lesson, String summary) {
    return new WorksheetPage(worksheet, OutputLayout.worksheet(worksheet.id()), OutputLayout.worksheetPdf(worksheet.id()),
        sourcePath, lesson, summary);
  }

  /** A worksheet file, with the lesson its front matter names (checked like a link). */
  private Optional<WorksheetPage> standalone(WorksheetSource file, Optional<Worksheet> worksheet, Map<String, Lesson> lessonsByPath) {
    MarkdownSource source = file.source();
    String url = OutputLayout.worksheet(worksheetId(file));
    Lesson lesson = null;
    if (!file.meta().lesson().isEmpty()) {
      LinkTarget target = links.from(source.file().relativePath(), url).resolve(file.meta().lesson(), false);
      Optional<String> resolved = links.fileOf(source.file().relativePath(), file.meta().lesson());
      lesson = resolved.map(lessonsByPath::get).orElse(null);
      if (target instanceof LinkTarget.Broken broken) {
        diagnostics.error(Code.WORKSHEET_LESSON, source.file().displayPath(), file.meta().lessonAt(), "'lesson': " + broken.message(), broken.hint());
      } else if (lesson == null && !resolved.filter(links::isUnreadable).isPresent()) {
        diagnostics.error(Code.WORKSHEET_LESSON, source.file().displayPath(), file.meta().lessonAt(), "'lesson' must name a lesson's file, e.g. ../lessons/03-check-in.md", "");
      }
    }
    Lesson owner = lesson;
    return worksheet.map(w -> worksheetPage(w, source.file().displayPath(), owner, file.meta().summary()));
  }

  private static String worksheetId(WorksheetSource file) {
    return file.meta().id().isEmpty() ? file.slug() : file.meta().id();
  }

  /**
   * The start of ids derived for a page's quizzes: its address without "lessons/". Ids are ASCII
   * (they name the learner's saved answers and the export's questions), so an address in another
   * script ({@code lessons/日本語/}) adds a fingerprint of itself, to stay apart from others.
   */
  private static String idPrefix(String url) {
    String path = url.startsWith("lessons/") ? url.substring("lessons/".length()) : url;
    if (path.isEmpty()) {
      return "home";
    }
    return Ids.ofAnyScript(path);
  }
}
