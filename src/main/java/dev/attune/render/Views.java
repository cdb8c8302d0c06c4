package dev.attune.render;

import dev.attune.config.SourceAttribution;
import dev.attune.model.Heading;
import dev.attune.model.Html;
import java.util.List;

/**
 * What templates see. Every address in a view is already relative to the page being rendered,
 * so templates never compute paths.
 */
public final class Views {
  private Views() {}

  /** A link; {@code current} marks the page being rendered (for {@code aria-current}). */
  public record NavLink(String url, String title, boolean current) {}

  /** A piece of a page body for the {@code parts} macro; {@code kind} says which template renders it. */
  public interface PartView {
    String kind();
  }

  /** Prose rendered from Markdown. */
  public record HtmlBlock(Html html) implements PartView {
    @Override
    public String kind() {
      return "html";
    }
  }

  /** A quiz. */
  public record QuizBlock(QuizViews.QuizView quiz) implements PartView {
    @Override
    public String kind() {
      return "quiz";
    }
  }

  /** A worksheet. */
  public record WorksheetBlock(WorksheetViews.WorksheetView worksheet) implements PartView {
    @Override
    public String kind() {
      return "worksheet";
    }
  }

  /**
   * What the PDF template sees: one worksheet, or every worksheet for the workbook.
   *
   * @param paper the CSS page size, {@code A4} or {@code letter}
   * @param footer the running footer's text, escaped for a CSS string
   */
  public record PdfView(String title, String language, String paper, String footer, List<WorksheetViews.WorksheetView> worksheets) {}

  /** The worksheets index: every worksheet with its lesson. */
  public record WorksheetsIndexView(List<WorksheetViews.WorksheetView> worksheets, String workbookPdfUrl) {}

  /**
   * The course as every page shows it: header, footer, attribution.
   *
   * @param key keeps this course's saved progress apart from other courses' in the browser
   * @param answerKeyUrl the facilitators' answer key, or empty when the course has no quizzes
   * @param worksheetsUrl the worksheets index, or empty when the course has no worksheets
   */
  public record CourseView(
      String key,
      String title,
      String subtitle,
      String description,
      List<String> authors,
      String license,
      SourceAttribution source,
      String notice,
      String homeUrl,
      String answerKeyUrl,
      String facilitatorUrl,
      String worksheetsUrl,
      String contentSecurityPolicy,
      String solutionsInPrint) {}

  /**
   * The frame of any page.
   *
   * @param kind {@code home}, {@code lesson}, {@code page} or {@code not-found}
   * @param root the relative prefix to the site root, for theme files: {@code ../../}
   * @param canonicalUrl the absolute address when the course has a base URL, else empty
   */
  public record PageView(
      String kind,
      String title,
      String documentTitle,
      String description,
      String language,
      String root,
      String canonicalUrl,
      List<NavLink> menu,
      CourseView course) {}

  /**
   * A lesson as the home page and the course outline list it.
   *
   * @param quizKeys the lesson's quizzes and their questions' answer keys as JSON, for the
   *     progress script to count what the learner got right; "{}" for a lesson without quizzes
   */
  public record LessonCard(int number, String title, String summary, int minutes, String url, boolean current, String quizKeys) {}

  /** A module as the home page lists it; {@code anchor} is the id of its heading there. */
  public record ModuleView(String title, String summary, String anchor, List<LessonCard> lessons) {}

  /**
   * The course outline beside a lesson. It stays small however large the course is: every module
   * by its title, and only the current module's lessons near the current one; the home page
   * lists the rest.
   *
   * @param earlier the modules before those listed, or null when all are listed
   * @param before the modules listed before the current one
   * @param current the current module with the lessons shown
   * @param after the modules listed after the current one
   * @param later the modules after those listed, or null when all are listed
   */
  public record OutlineView(ModuleRange earlier, List<ModuleLink> before, OutlineModule current, List<ModuleLink> after, ModuleRange later) {}

  /** {@code count} modules left out of the outline, all listed at {@code url} (the home page). */
  public record ModuleRange(String url, int count) {}

  /** A module other than the current one: its title, a link to its first lesson, its lesson numbers. */
  public record ModuleLink(String title, String url, int first, int last) {}

  /**
   * The current module in the outline.
   *
   * @param earlier the module's lessons left out before those shown, or null when none are
   * @param later the module's lessons left out after those shown, or null when none are
   */
  public record OutlineModule(String title, LessonRange earlier, List<LessonCard> lessons, LessonRange later) {}

  /** Lessons {@code first} to {@code last}, all listed at {@code url} (the home page's list). */
  public record LessonRange(String url, int first, int last) {}

  public record HomeView(
      String title,
      List<PartView> parts,
      List<ModuleView> modules,
      int lessonCount,
      int totalMinutes,
      String startUrl) {}

  /**
   * A lesson page.
   *
   * @param previous the lesson before, or null for the first
   * @param next the lesson after, or null for the last
   */
  public record LessonView(
      int number,
      int total,
      String title,
      String summary,
      int minutes,
      int teaching,
      int exercises,
      String moduleTitle,
      List<Html> objectives,
      List<Html> keypoints,
      List<PartView> parts,
      List<Heading> toc,
      List<SolutionView> solutions,
      NavLink previous,
      NavLink next,
      OutlineView outline) {}

  /**
   * A solution or hint printed at the end of its lesson ({@code solutions_in_print: appendix}).
   *
   * @param challengeUrl {@code #id} of the challenge's heading, or empty when it has none
   */
  public record SolutionView(Html challenge, String challengeUrl, Html label, Html html) {}

  /** The facilitators' answer key: every quiz of every lesson with its answers. */
  public record AnswerKeyView(List<AnswerKeyLesson> lessons) {}

  public record AnswerKeyLesson(int number, String title, String url, List<QuizViews.QuizView> quizzes) {}

  /**
   * The facilitator page: every lesson in order with its minutes, where it starts and ends in the
   * running schedule, and its instructor notes.
   */
  public record FacilitatorView(List<FacilitatorLesson> lessons, int totalMinutes) {}

  /**
   * @param teaching minutes, or -1 when the lesson does not say
   * @param exercises minutes, or -1 when the lesson does not say
   * @param minutes the lesson's duration, 0 when unknown
   * @param startsAt minutes from the course's start to the lesson's
   */
  public record FacilitatorLesson(int number, String title, String url, int teaching, int exercises, int minutes, int startsAt,
      int endsAt, List<Html> notes) {}

  /** A standalone page. */
  public record DocView(String title, String summary, List<PartView> parts, List<Heading> toc) {}
}
