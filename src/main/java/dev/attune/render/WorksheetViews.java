package dev.attune.render;

import dev.attune.model.Html;
import dev.attune.model.Item;
import dev.attune.model.Prompt;
import dev.attune.model.Scale;
import dev.attune.model.Urls;
import dev.attune.model.Worksheet;
import dev.attune.model.WorksheetPage;
import java.util.ArrayList;
import java.util.List;

/** Builds what the worksheet templates (web and PDF) need from a worksheet. */
public final class WorksheetViews {
  private WorksheetViews() {}

  /**
   * A worksheet for the templates; addresses are relative to the page it is rendered on.
   *
   * @param summary the worksheet file's {@code summary}, for the Worksheets page; may be empty
   * @param lessonNumber 0 when the worksheet belongs to no lesson
   * @param pdfUrl the printable PDF, or empty when PDFs are not made
   * @param ownPage whether it is rendered on its own page (title as the page's heading)
   */
  public record WorksheetView(
      String id,
      String domId,
      String title,
      String summary,
      Html intro,
      List<PromptView> prompts,
      boolean forPartners,
      String courseTitle,
      int lessonNumber,
      String lessonTitle,
      String lessonUrl,
      String pageUrl,
      String pdfUrl,
      boolean ownPage) {}

  /**
   * One prompt.
   *
   * @param points the choices of a scale, lowest first
   */
  public record PromptView(
      String id,
      String domId,
      int number,
      String kind,
      Html text,
      String plainText,
      Html help,
      int lines,
      List<ScalePoint> points,
      String low,
      String high,
      List<Item> items,
      List<Item> columns,
      Html rowHeader,
      List<Item> rows,
      List<String> people) {}

  /** A point of a scale; {@code label} adds the end's words for screen readers ("1, Drained"). */
  public record ScalePoint(int value, String label) {}

  /**
   * @param from the address of the page being rendered
   * @param pdf whether PDFs are made for this build
   */
  static WorksheetView of(WorksheetPage page, String courseTitle, String from, boolean pdf, boolean ownPage) {
    Worksheet worksheet = page.worksheet();
    String domId = "ws-" + worksheet.id();
    List<PromptView> prompts = new ArrayList<>();
    int number = 0;
    for (Prompt prompt : worksheet.prompts()) {
      prompts.add(prompt(prompt, domId + "-" + prompt.id(), ++number));
    }
    boolean hasLesson = page.lesson() != null;
    return new WorksheetView(
        worksheet.id(),
        domId,
        worksheet.title(),
        page.summary(),
        worksheet.intro(),
        prompts,
        worksheet.isForPartners(),
        courseTitle,
        hasLesson ? page.lesson().number() : 0,
        hasLesson ? page.lesson().title() : "",
        hasLesson ? Urls.relative(from, page.lesson().url()) : "",
        Urls.relative(from, page.url()),
        pdf ? Urls.relative(from, page.pdfUrl()) : "",
        ownPage);
  }

  /** The same worksheet with every piece of rendered Markdown turned into XHTML, for the PDF template. */
  static WorksheetView xhtml(WorksheetView view) {
    List<PromptView> prompts = new ArrayList<>();
    for (PromptView p : view.prompts()) {
      prompts.add(new PromptView(p.id(), p.domId(), p.number(), p.kind(), XhtmlFragments.of(p.text()), p.plainText(),
          XhtmlFragments.of(p.help()), p.lines(), p.points(), p.low(), p.high(), xhtml(p.items()), xhtml(p.columns()),
          XhtmlFragments.of(p.rowHeader()), xhtml(p.rows()), p.people()));
    }
    return new WorksheetView(view.id(), view.domId(), view.title(), view.summary(), XhtmlFragments.of(view.intro()), prompts, view.forPartners(),
        view.courseTitle(), view.lessonNumber(), view.lessonTitle(), view.lessonUrl(), view.pageUrl(), view.pdfUrl(), view.ownPage());
  }

  private static List<Item> xhtml(List<Item> items) {
    return items.stream().map(i -> new Item(i.id(), XhtmlFragments.of(i.label()), i.text())).toList();
  }

  private static PromptView prompt(Prompt prompt, String domId, int number) {
    Scale scale = prompt.scale();
    List<ScalePoint> points = new ArrayList<>();
    if (scale != null) {
      for (int value = scale.min(); value <= scale.max(); value++) {
        String end = value == scale.min() ? scale.low() : value == scale.max() ? scale.high() : "";
        points.add(new ScalePoint(value, end.isEmpty() ? String.valueOf(value) : value + ", " + end));
      }
    }
    return new PromptView(
        prompt.id(),
        domId,
        number,
        prompt.kind().code(),
        prompt.text(),
        prompt.plainText(),
        prompt.help(),
        prompt.lines(),
        points,
        scale == null ? "" : scale.low(),
        scale == null ? "" : scale.high(),
        prompt.items(),
        prompt.columns(),
        prompt.rowHeader(),
        prompt.rows(),
        prompt.people());
  }
}
