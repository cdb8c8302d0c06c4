package dev.attune.serve;

import dev.attune.model.Html;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the preview adds to each page it serves: the reload script, told which build the page
 * shows, and while the latest rebuild has failed, its errors in the page itself, so an author
 * sees them with JavaScript off too. Only the preview does this; the built site never carries any
 * of it.
 */
final class PreviewPage {
  static final String SCRIPT_PATH = "/_attune/live.js";
  static final String ERRORS_ID = "attune-preview-errors";
  private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  /** Without scripts nothing reloads the page; while it shows errors, the browser looks again by itself. */
  private static final String REFRESH = "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>";

  private PreviewPage() {}

  /** {@code html} as the preview serves it while {@code shown} is the latest build. */
  static String of(String html, BuildState shown) {
    String page = html;
    if (shown.failed()) {
      int head = page.indexOf("</head>");
      if (head >= 0) {
        page = page.substring(0, head) + REFRESH + "\n" + page.substring(head);
      }
      Matcher body = BODY.matcher(page);
      int at = body.find() ? body.end() : 0;
      page = page.substring(0, at) + "\n" + banner(shown.errors()) + page.substring(at);
    }
    // The script reloads the page when it hears of a build other than this one.
    String script = "<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + shown.generation() + "\" defer></script>";
    int end = page.lastIndexOf("</body>");
    return end < 0 ? page + script : page.substring(0, end) + script + "\n" + page.substring(end);
  }

  /** The page shown before any build has succeeded. */
  static String waiting(BuildState shown) {
    return of("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Attune preview</title></head>"
        + "<body><main><h1>The course has not built yet</h1><p>Fix the errors shown here and in the terminal;"
        + " this page reloads by itself.</p></main></body></html>", shown);
  }

  private static String banner(String errors) {
    return "<section id=\"" + ERRORS_ID + "\" class=\"attune-preview-errors\" role=\"alert\">"
        + "<h2>The course did not build</h2>"
        + "<p>This page shows the last good build. It updates when you save a fix.</p>"
        + "<pre>" + Html.escape(errors) + "</pre></section>\n";
  }
}
