package dev.attune.render;

import dev.attune.config.CourseConfig;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Course;
import dev.attune.model.Lesson;
import dev.attune.model.Module;
import dev.attune.model.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders every page of a course through the theme's templates. */
public final class SiteRenderer {
  static final String HOME_TEMPLATE = "home.ftlh";
  static final String LESSON_TEMPLATE = "lesson.ftlh";
  static final String PAGE_TEMPLATE = "page.ftlh";
  static final String NOT_FOUND_TEMPLATE = "404.ftlh";
  static final String ANSWER_KEY_TEMPLATE = "answer-key.ftlh";

  private final Templates templates;

  public SiteRenderer(Theme theme, Diagnostics diagnostics) throws IOException {
    this.templates = new Templates(theme, diagnostics);
  }

  /**
   * Renders the home page, every lesson and page, and the 404 page. Pages whose template fails
   * are left out; the failure is in the diagnostics.
   *
   * @param notFoundUrl where the 404 page is published
   * @param answerKeyUrl where the answer key is published; it is made only when the course has quizzes
   */
  public List<RenderedPage> render(CourseConfig config, Course course, String notFoundUrl, String answerKeyUrl) {
    boolean hasQuizzes = course.lessons().stream().anyMatch(l -> !l.quizzes().isEmpty());
    ViewBuilder views = new ViewBuilder(config, course, hasQuizzes ? answerKeyUrl : "");
    List<RenderedPage> pages = new ArrayList<>();
    String home = "";
    Map<String, Object> homeModel = model(views.page("home", home, config.title(), config.description()));
    homeModel.put("home", views.home(home));
    render(HOME_TEMPLATE, homeModel, home, "course home").ifPresent(pages::add);
    for (Module module : course.modules()) {
      for (Lesson lesson : module.lessons()) {
        Map<String, Object> model = model(views.page("lesson", lesson.url(), lesson.title(), lesson.summary()));
        model.put("lesson", views.lesson(module, lesson));
        render(LESSON_TEMPLATE, model, lesson.url(), lesson.sourcePath()).ifPresent(pages::add);
      }
    }
    for (Page page : course.pages()) {
      Map<String, Object> model = model(views.page("page", page.url(), page.title(), page.summary()));
      model.put("doc", views.doc(page));
      render(PAGE_TEMPLATE, model, page.url(), page.sourcePath()).ifPresent(pages::add);
    }
    if (hasQuizzes) {
      Map<String, Object> model = model(views.page("answer-key", answerKeyUrl, "Answer key",
          "Every quiz of the course with its answers and explanations, for facilitators."));
      model.put("answers", views.answerKey());
      render(ANSWER_KEY_TEMPLATE, model, answerKeyUrl, "answer key").ifPresent(pages::add);
    }
    render(NOT_FOUND_TEMPLATE, model(views.notFoundPage("Page not found")), notFoundUrl, "404 page").ifPresent(pages::add);
    return pages;
  }

  private static Map<String, Object> model(Views.PageView page) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", page);
    model.put("course", page.course());
    return model;
  }

  private Optional<RenderedPage> render(String template, Map<String, Object> model, String url, String origin) {
    return templates.render(template, model).map(html -> new RenderedPage(url, html, origin));
  }
}
