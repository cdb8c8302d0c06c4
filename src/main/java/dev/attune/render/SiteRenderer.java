package dev.attune.render;

import dev.attune.config.CourseConfig;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Course;
import dev.attune.model.Lesson;
import dev.attune.model.Module;
import dev.attune.model.Page;
import dev.attune.model.WorksheetPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Renders every page of a course through the theme's templates. */
public final class SiteRenderer {
  static final String HOME_TEMPLATE = "home.ftlh";
  static final String LESSON_TEMPLATE = "lesson.ftlh";
  static final String PAGE_TEMPLATE = "page.ftlh";
  static final String NOT_FOUND_TEMPLATE = "404.ftlh";
  static final String ANSWER_KEY_TEMPLATE = "answer-key.ftlh";
  static final String FACILITATOR_TEMPLATE = "facilitator.ftlh";
  static final String WORKSHEET_TEMPLATE = "worksheet-page.ftlh";
  static final String WORKSHEETS_TEMPLATE = "worksheets.ftlh";
  static final String PDF_TEMPLATE = "worksheet-pdf.ftlh";

  private final Templates templates;
  private final Diagnostics diagnostics;
  private final boolean pdf;

  /** @param pdf whether worksheet PDFs are made, so pages link to them */
  public SiteRenderer(Theme theme, Diagnostics diagnostics, boolean pdf) throws IOException {
    this(new Templates(theme), diagnostics, pdf);
  }

  /** A renderer with templates already parsed; template mistakes go to {@code diagnostics}. */
  public SiteRenderer(Templates templates, Diagnostics diagnostics, boolean pdf) {
    this.templates = templates;
    this.diagnostics = diagnostics;
    this.pdf = pdf;
  }

  /**
   * One page to render: where it is published, what it is made from, and how to make its
   * template's model (lazily, on the thread that renders it).
   */
  public record PageJob(String url, String origin, String template, Supplier<Map<String, Object>> model) {}

  /**
   * Every page of the site, not yet rendered: the home page, every lesson and page, the
   * worksheets, the answer key and the 404 page. Cheap, so addresses are known before any work.
   *
   * @param addresses where the 404 page, the answer key (made only when the course has quizzes)
   *     and the worksheets index and workbook (made only when it has worksheets) are published
   */
  public List<PageJob> plan(CourseConfig config, Course course, SiteAddresses addresses) {
    boolean hasQuizzes = course.lessons().stream().anyMatch(l -> !l.quizzes().isEmpty());
    boolean hasWorksheets = !course.worksheets().isEmpty();
    String answerKeyUrl = addresses.answerKey();
    String worksheetsIndex = addresses.worksheets();
    boolean hasFacilitator = ViewBuilder.hasFacilitatorPage(course);
    String facilitatorUrl = addresses.facilitator();
    ViewBuilder views = new ViewBuilder(config, course, hasQuizzes ? answerKeyUrl : "", hasFacilitator ? facilitatorUrl : "",
        hasWorksheets ? worksheetsIndex : "", pdf ? addresses.workbookPdf() : "");
    List<PageJob> jobs = new ArrayList<>();
    String home = "";
    jobs.add(new PageJob(home, "course home", HOME_TEMPLATE, () -> {
      Map<String, Object> model = model(views.page("home", home, config.title(), config.description()));
      model.put("home", views.home(home));
      return model;
    }));
    for (Module module : course.modules()) {
      for (Lesson lesson : module.lessons()) {
        jobs.add(new PageJob(lesson.url(), lesson.sourcePath(), LESSON_TEMPLATE, () -> {
          Map<String, Object> model = model(views.page("lesson", lesson.url(), lesson.title(), lesson.summary()));
          model.put("lesson", views.lesson(module, lesson));
          return model;
        }));
      }
    }
    for (Page page : course.pages()) {
      jobs.add(new PageJob(page.url(), page.sourcePath(), PAGE_TEMPLATE, () -> {
        Map<String, Object> model = model(views.page("page", page.url(), page.title(), page.summary()));
        model.put("doc", views.doc(page));
        return model;
      }));
    }
    if (hasWorksheets) {
      jobs.add(new PageJob(worksheetsIndex, "worksheets index", WORKSHEETS_TEMPLATE, () -> {
        Map<String, Object> index = model(views.page("worksheets", worksheetsIndex, "Worksheets",
            "Every reflection worksheet of the course, to fill in online or print."));
        index.put("worksheets", views.worksheetsIndex());
        return index;
      }));
      for (WorksheetPage page : course.worksheets()) {
        jobs.add(new PageJob(page.url(), page.sourcePath(), WORKSHEET_TEMPLATE, () -> {
          Map<String, Object> model = model(views.page("worksheet", page.url(), page.worksheet().title(), page.summary()));
          model.put("worksheet", views.worksheet(page));
          return model;
        }));
      }
    }
    if (hasQuizzes) {
      jobs.add(new PageJob(answerKeyUrl, "answer key", ANSWER_KEY_TEMPLATE, () -> {
        Map<String, Object> model = model(views.page("answer-key", answerKeyUrl, "Answer key",
            "Every quiz of the course with its answers and explanations, for facilitators."));
        model.put("answers", views.answerKey());
        return model;
      }));
    }
    if (hasFacilitator) {
      jobs.add(new PageJob(facilitatorUrl, "facilitator page", FACILITATOR_TEMPLATE, () -> {
        Map<String, Object> model = model(views.page("facilitator", facilitatorUrl, "Facilitator notes",
            "The schedule of the course and the instructor notes of every lesson, for facilitators."));
        model.put("facilitator", views.facilitator());
        return model;
      }));
    }
    jobs.add(new PageJob(addresses.notFound(), "404 page", NOT_FOUND_TEMPLATE, () -> model(views.notFoundPage("Page not found"))));
    return jobs;
  }

  /** Renders one page; empty when its template failed (the failure is in the diagnostics). Safe from any thread. */
  public Optional<RenderedPage> render(PageJob job) {
    return render(job, job.model().get());
  }

  /** Renders one page from a model its job made already. */
  public Optional<RenderedPage> render(PageJob job, Map<String, Object> model) {
    return templates.render(job.template(), model, diagnostics).map(html -> new RenderedPage(job.url(), html, job.origin()));
  }

  /** Every page of {@link #plan}, rendered one after another; pages whose template fails are left out. */
  public List<RenderedPage> render(CourseConfig config, Course course, SiteAddresses addresses) {
    List<RenderedPage> pages = new ArrayList<>();
    for (PageJob job : plan(config, course, addresses)) {
      render(job).ifPresent(pages::add);
    }
    return pages;
  }

  /**
   * The XHTML of a printable PDF of {@code worksheets} (one, or all for the workbook), or empty
   * when its template failed (reported).
   */
  public Optional<String> worksheetXhtml(CourseConfig config, Course course, List<WorksheetPage> worksheets, String title) {
    List<WorksheetViews.WorksheetView> views = new ArrayList<>();
    for (WorksheetPage page : worksheets) {
      views.add(WorksheetViews.xhtml(WorksheetViews.of(page, config.title(), page.url(), false, true)));
    }
    Views.PdfView pdf = new Views.PdfView(title, config.language(), config.paper().css(), cssString(config.title()), views);
    return templates.render(PDF_TEMPLATE, Map.of("pdf", pdf), diagnostics);
  }

  /** Text inside a CSS string: quotes and backslashes escaped, line breaks as spaces. */
  static String cssString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ");
  }

  private static Map<String, Object> model(Views.PageView page) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", page);
    model.put("course", page.course());
    return model;
  }
}
