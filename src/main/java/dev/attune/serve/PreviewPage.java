package dev.attune.serve;

import dev.attune.model.Html;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the preview adds to each page it serves: the reload script, and while the latest rebuild
 * has failed, its errors in the page itself, so an author sees them with JavaScript off too. Only
 * the preview does this; the built site never carries any of it.
 */
final class PreviewPage {
  static final String SCRIPT_PATH = "/_attune/live.js";
  static final String ERRORS_ID = "attune-preview-errors";
  private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";
  private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  /** Without scripts nothing reloads the page; while it shows errors, the browser looks again by itself. */
  private static final String REFRESH = "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>";

  private PreviewPage() {}

  /** {@code html} as the preview serves it, given the latest rebuild's {@code errors} (empty when it built). */
  static String of(String html, String errors) {
    String page = html;
    if (!errors.isEmpty()) {
      int head = page.indexOf("</head>");
      if (head >= 0) {
        page = page.substring(0, head) + REFRESH + "\n" + page.substring(head);
      }
      Matcher body = BODY.matcher(page);
      int at = body.find() ? body.end() : 0;
      page = page.substring(0, at) + "\n" + banner(errors) + page.substring(at);
    }
    int end = page.lastIndexOf("</body>");
    return end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + "\n" + page.substring(end);
  }

  /** The page shown before any build has succeeded. */
  static String waiting(String errors) {
    return of("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Attune preview</title></head>"
        + "<body><main><h1>The course has not built yet</h1><p>Fix the errors shown here and in the terminal;"
        + " this page reloads by itself.</p></main></body></html>", errors);
  }

  private static String banner(String errors) {
    return "<section id=\"" + ERRORS_ID + "\" class=\"attune-preview-errors\" role=\"alert\">"
        + "<h2>The course did not build</h2>"
        + "<p>This page shows the last good build. It updates when you save a fix.</p>"
        + "<pre>" + Html.escape(errors) + "</pre></section>\n";
  }
}
