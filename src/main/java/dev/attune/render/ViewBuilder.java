package dev.attune.render;

import dev.attune.config.CourseConfig;
import dev.attune.config.RawHtml;
import dev.attune.config.SolutionsInPrint;
import dev.attune.model.BodyPart;
import dev.attune.model.Course;
import dev.attune.model.HtmlPart;
import dev.attune.model.Json;
import dev.attune.model.Question;
import dev.attune.model.Quiz;
import dev.attune.model.QuizPart;
import dev.attune.model.WorksheetPage;
import dev.attune.model.WorksheetPart;
import dev.attune.model.Lesson;
import dev.attune.model.Module;
import dev.attune.model.Page;
import dev.attune.model.Urls;
import dev.attune.render.Views.AnswerKeyLesson;
import dev.attune.render.Views.AnswerKeyView;
import dev.attune.render.Views.FacilitatorLesson;
import dev.attune.render.Views.FacilitatorView;
import dev.attune.render.Views.CourseView;
import dev.attune.render.Views.DocView;
import dev.attune.render.Views.HomeView;
import dev.attune.render.Views.HtmlBlock;
import dev.attune.render.Views.LessonCard;
import dev.attune.render.Views.LessonRange;
import dev.attune.render.Views.LessonView;
import dev.attune.render.Views.ModuleLink;
import dev.attune.render.Views.ModuleRange;
import dev.attune.render.Views.ModuleView;
import dev.attune.render.Views.NavLink;
import dev.attune.render.Views.OutlineModule;
import dev.attune.render.Views.OutlineView;
import dev.attune.render.Views.PageView;
import dev.attune.render.Views.PartView;
import dev.attune.render.Views.QuizBlock;
import dev.attune.render.Views.WorksheetBlock;
import dev.attune.render.Views.WorksheetsIndexView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Builds the views of one course, each relative to the page being rendered. */
final class ViewBuilder {
  /** Scripts, styles, fonts and media from the site itself; images also as data: addresses; no plugins, no base, no forms. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

  /** How many lessons the outline shows on each side of the current one. */
  static final int OUTLINE_REACH = 7;
  /** How many other modules the outline lists on each side of the current one. */
  static final int MODULE_REACH = 5;

  private final CourseConfig config;
  private final Course course;
  private final List<Lesson> lessons;
  /** Each lesson's quiz answer keys as JSON, by lesson number - 1: made once, shown on several pages. */
  private final List<String> quizKeys;

  private final String answerKey;
  private final String facilitator;
  private final String worksheetsIndex;
  private final boolean pdf;
  private final String workbook;
  private final Map<String, WorksheetPage> worksheetPages = new HashMap<>();

  /**
   * @param answerKey the answer key's address, or empty when the course has no quizzes
   * @param worksheetsIndex the worksheets index's address, or empty when the course has no worksheets
   * @param workbook the workbook PDF's address, or empty when PDFs are not made
   */
  ViewBuilder(CourseConfig config, Course course, String answerKey, String worksheetsIndex, String workbook) {
    this(config, course, answerKey, "", worksheetsIndex, workbook);
  }

  /** @param facilitator the facilitator page's address, or empty when the course has none */
  ViewBuilder(CourseConfig config, Course course, String answerKey, String facilitator, String worksheetsIndex, String workbook) {
    this.facilitator = facilitator;
    this.config = config;
    this.course = course;
    this.lessons = course.lessons();
    this.quizKeys = lessons.stream().map(ViewBuilder::quizKeys).toList();
    this.answerKey = answerKey;
    this.worksheetsIndex = worksheetsIndex;
    this.pdf = !workbook.isEmpty();
    this.workbook = workbook;
    for (WorksheetPage page : course.worksheets()) {
      worksheetPages.put(page.worksheet().id(), page);
    }
  }

  PageView page(String kind, String url, String title, String description) {
    String documentTitle = title.equals(config.title()) ? title : title + " · " + config.title();
    return new PageView(
        kind,
        title,
        documentTitle,
        description.isBlank() ? config.description() : description,
        config.language(),
        Urls.root(url),
        config.baseUrl().isEmpty() ? "" : config.baseUrl() + Urls.encode(url),
        menu(url),
        courseView(url));
  }

  /**
   * The frame of the 404 page. It is served at whatever address was not found, so its links
   * cannot be relative: they use the base URL when there is one, else the host's root.
   */
  PageView notFoundPage(String title) {
    String root = config.baseUrl().isEmpty() ? "/" : config.baseUrl();
    List<NavLink> menu = new ArrayList<>();
    for (Page page : course.pages()) {
      if (page.menu()) {
        menu.add(new NavLink(root + Urls.encode(page.url()), page.title(), false));
      }
    }
    CourseView courseView = new CourseView(config.id(), config.title(), config.subtitle(), config.description(), config.authors(),
        config.license(), config.source(), config.notice(), root, answerKey.isEmpty() ? "" : root + answerKey,
        facilitator.isEmpty() ? "" : root + facilitator,
        worksheetsIndex.isEmpty() ? "" : root + worksheetsIndex, contentSecurityPolicy(), config.solutionsInPrint().code());
    return new PageView("not-found", title, title + " · " + config.title(), config.description(), config.language(),
        root, "", menu, courseView);
  }

  HomeView home(String url) {
    List<Lesson> all = lessons;
    String start = all.isEmpty() ? "" : Urls.relative(url, all.get(0).url());
    return new HomeView(
        course.home().title(),
        parts(course.home().body().parts(), url),
        modules(url),
        all.size(),
        course.totalMinutes().orElse(0),
        start);
  }

  LessonView lesson(Module module, Lesson lesson) {
    int index = lesson.number() - 1;
    String url = lesson.url();
    NavLink previous = index > 0 ? link(url, lessons.get(index - 1)) : null;
    NavLink next = index + 1 < lessons.size() ? link(url, lessons.get(index + 1)) : null;
    return new LessonView(
        lesson.number(),
        lessons.size(),
        lesson.title(),
        lesson.summary(),
        lesson.durationMinutes().orElse(0),
        lesson.teaching().orElse(-1),
        lesson.exercises().orElse(-1),
        module.title(),
        lesson.objectives(),
        lesson.keypoints(),
        parts(lesson.body().parts(), url),
        lesson.body().headings(),
        config.solutionsInPrint() == SolutionsInPrint.APPENDIX
            ? lesson.body().solutions().stream().map(s -> new Views.SolutionView(s.challenge(), s.challengeId().isEmpty() ? "" : "#" + s.challengeId(),
                s.label(), MovedHtml.withIdPrefix(s.html(), "solutions--"))).toList()
            : List.of(),
        previous,
        next,
        outline(module, lesson));
  }

  DocView doc(Page page) {
    return new DocView(page.title(), page.summary(), parts(page.body().parts(), page.url()), page.body().headings());
  }

  AnswerKeyView answerKey() {
    List<AnswerKeyLesson> entries = new ArrayList<>();
    for (Lesson lesson : lessons) {
      if (!lesson.quizzes().isEmpty()) {
        entries.add(new AnswerKeyLesson(lesson.number(), lesson.title(), Urls.relative(answerKey, lesson.url()),
            lesson.quizzes().stream().map(QuizViews::of).toList()));
      }
    }
    return new AnswerKeyView(entries);
  }

  /** The facilitator page: the lessons' schedule with running totals, and their instructor notes. */
  FacilitatorView facilitator() {
    List<FacilitatorLesson> entries = new ArrayList<>();
    int clock = 0;
    for (Lesson lesson : lessons) {
      int minutes = lesson.durationMinutes().orElse(0);
      entries.add(new FacilitatorLesson(lesson.number(), lesson.title(), Urls.relative(facilitator, lesson.url()), lesson.teaching().orElse(-1),
          lesson.exercises().orElse(-1), minutes, clock, clock + minutes,
          lesson.body().instructorNotes().stream().map(note -> MovedHtml.withIdPrefix(note, "lesson-" + lesson.number() + "--")).toList()));
      clock += minutes;
    }
    return new FacilitatorView(entries, clock);
  }

  /** Whether the course needs a facilitator page: a lesson has instructor notes, or teaching and exercise minutes. */
  static boolean hasFacilitatorPage(Course course) {
    return course.lessons().stream().anyMatch(l -> !l.body().instructorNotes().isEmpty() || l.teaching().isPresent() || l.exercises().isPresent());
  }

  /** A worksheet on its own page. */
  WorksheetViews.WorksheetView worksheet(WorksheetPage page) {
    return WorksheetViews.of(page, config.title(), page.url(), pdf, true);
  }

  WorksheetsIndexView worksheetsIndex() {
    List<WorksheetViews.WorksheetView> views = new ArrayList<>();
    for (WorksheetPage page : course.worksheets()) {
      views.add(WorksheetViews.of(page, config.title(), worksheetsIndex, pdf, false));
    }
    return new WorksheetsIndexView(views, pdf ? Urls.relative(worksheetsIndex, workbook) : "");
  }

  private List<PartView> parts(List<BodyPart> parts, String from) {
    List<PartView> views = new ArrayList<>();
    for (BodyPart part : parts) {
      if (part instanceof HtmlPart html) {
        views.add(new HtmlBlock(html.html()));
      } else if (part instanceof QuizPart quiz) {
        views.add(new QuizBlock(QuizViews.of(quiz.quiz())));
      } else if (part instanceof WorksheetPart worksheet) {
        WorksheetPage page = worksheetPages.get(worksheet.worksheet().id());
        views.add(new WorksheetBlock(WorksheetViews.of(page, config.title(), from, pdf, false)));
      }
    }
    return views;
  }

  /** Every module with all its lessons, for the home page. */
  private List<ModuleView> modules(String from) {
    List<ModuleView> modules = new ArrayList<>();
    for (Module module : course.modules()) {
      List<LessonCard> cards = new ArrayList<>();
      for (Lesson lesson : module.lessons()) {
        cards.add(card(from, lesson));
      }
      modules.add(new ModuleView(module.title(), module.summary(), anchor(module), cards));
    }
    return modules;
  }

  /** The outline beside {@code lesson}: the same size however many lessons and modules the course has. */
  private OutlineView outline(Module current, Lesson lesson) {
    String from = lesson.url();
    List<ModuleLink> before = new ArrayList<>();
    List<ModuleLink> after = new ArrayList<>();
    OutlineModule shown = null;
    for (Module module : course.modules()) {
      List<Lesson> moduleLessons = module.lessons();
      if (module == current) {
        int at = lesson.number() - moduleLessons.get(0).number();
        int start = Math.max(0, Math.min(at - OUTLINE_REACH, moduleLessons.size() - 2 * OUTLINE_REACH - 1));
        int end = Math.min(moduleLessons.size(), start + 2 * OUTLINE_REACH + 1);
        List<LessonCard> cards = new ArrayList<>();
        for (Lesson shownLesson : moduleLessons.subList(start, end)) {
          cards.add(card(from, shownLesson));
        }
        String list = Urls.relative(from, "") + "#" + Urls.encode(anchor(module));
        LessonRange earlier = start == 0 ? null : new LessonRange(list, moduleLessons.get(0).number(), moduleLessons.get(start - 1).number());
        LessonRange later = end == moduleLessons.size() ? null
            : new LessonRange(list, moduleLessons.get(end).number(), moduleLessons.get(moduleLessons.size() - 1).number());
        shown = new OutlineModule(module.title(), earlier, cards, later);
      } else if (!moduleLessons.isEmpty()) {
        Lesson first = moduleLessons.get(0);
        ModuleLink link = new ModuleLink(module.title(), Urls.relative(from, first.url()), first.number(),
            moduleLessons.get(moduleLessons.size() - 1).number());
        (shown == null ? before : after).add(link);
      }
    }
    String list = Urls.relative(from, "") + "#lessons";
    ModuleRange earlier = before.size() > MODULE_REACH ? new ModuleRange(list, before.size() - MODULE_REACH) : null;
    ModuleRange later = after.size() > MODULE_REACH ? new ModuleRange(list, after.size() - MODULE_REACH) : null;
    return new OutlineView(earlier, before.subList(Math.max(0, before.size() - MODULE_REACH), before.size()), shown,
        after.subList(0, Math.min(MODULE_REACH, after.size())), later);
  }

  private LessonCard card(String from, Lesson lesson) {
    return new LessonCard(
        lesson.number(),
        lesson.title(),
        lesson.summary(),
        lesson.durationMinutes().orElse(0),
        Urls.relative(from, lesson.url()),
        lesson.url().equals(from),
        quizKeys.get(lesson.number() - 1));
  }

  /** The id of a module's heading on the home page; the lesson list's for a course without modules. */
  private static String anchor(Module module) {
    return module.isTitled() ? "module-" + module.slug() : "lessons";
  }

  /** {"quiz-id":{"question-id":"key",…},…} for the progress script. */
  private static String quizKeys(Lesson lesson) {
    Json json = Json.compact().beginObject();
    for (Quiz quiz : lesson.quizzes()) {
      json.name(quiz.id()).beginObject();
      for (Question question : quiz.questions()) {
        json.field(question.id(), QuizData.key(question));
      }
      json.endObject();
    }
    return json.endObject().text();
  }

  private List<NavLink> menu(String from) {
    List<NavLink> menu = new ArrayList<>();
    for (Page page : course.pages()) {
      if (page.menu()) {
        menu.add(new NavLink(Urls.relative(from, page.url()), page.title(), page.url().equals(from)));
      }
    }
    return menu;
  }

  private CourseView courseView(String from) {
    return new CourseView(config.id(), config.title(), config.subtitle(), config.description(), config.authors(),
        config.license(), config.source(), config.notice(), Urls.relative(from, ""),
        answerKey.isEmpty() ? "" : Urls.relative(from, answerKey),
        facilitator.isEmpty() ? "" : Urls.relative(from, facilitator),
        worksheetsIndex.isEmpty() ? "" : Urls.relative(from, worksheetsIndex), contentSecurityPolicy(), config.solutionsInPrint().code());
  }

  /**
   * What a page may load and run: its own site's files and nothing inline, so that if HTML that
   * should not run ever got into a page, the browser still would not run it. A course that trusts
   * its raw HTML (scripts of its own, outside media) declares none.
   */
  private String contentSecurityPolicy() {
    return config.rawHtml() == RawHtml.TRUSTED ? "" : CONTENT_SECURITY_POLICY;
  }

  private static NavLink link(String from, Lesson to) {
    return new NavLink(Urls.relative(from, to.url()), to.title(), false);
  }
}
