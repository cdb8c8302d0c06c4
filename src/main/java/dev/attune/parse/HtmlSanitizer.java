package dev.attune.parse;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;

/**
 * Makes HTML written in a course's Markdown safe to publish, following {@link HtmlPolicy}.
 *
 * <p>Two passes, because Markdown splits raw HTML into pieces (an opening tag here, its closing
 * tag three paragraphs later): {@link #report} reads each piece as written, to tell the author
 * exactly where something will be removed; {@link #clean} then cleans the rendered HTML as a
 * whole with jsoup's {@link Cleaner}, so what is published is checked as a browser will parse it,
 * whatever the pieces looked like.
 */
final class HtmlSanitizer {
  /** Told where in the source each removal is, as an offset into the piece that was read. */
  interface Removals {
    void removed(int offset, String message);
  }

  private HtmlSanitizer() {}

  /** {@code html} with everything the policy does not allow removed. */
  static String clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html);
    // An input is a task list's check box, which stays one and stays disabled, or it goes.
    for (Element input : dirty.body().select("input")) {
      if (HtmlPolicy.isFormField(input)) {
        input.remove();
      } else {
        input.attr("disabled", true);
      }
    }
    Document clean = new Cleaner(HtmlPolicy.INSTANCE).clean(dirty);
    clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
    String cleaned = clean.body().html();
    return html.endsWith("\n") && !cleaned.endsWith("\n") ? cleaned + "\n" : cleaned;
  }

  /** Tells {@code removals} about each element and attribute of {@code piece} that {@link #clean} removes. */
  static void report(String piece, Removals removals) {
    Document read = Jsoup.parse(piece, "", Parser.htmlParser().setTrackPosition(true));
    reportWithin(read, removals);
  }

  private static void reportWithin(Element parent, Removals removals) {
    for (Element element : parent.children()) {
      boolean written = element.sourceRange().isTracked() && !element.sourceRange().isImplicit();
      String tag = element.normalName();
      Optional<String> problem = written ? HtmlPolicy.INSTANCE.problem(element) : Optional.empty();
      if (problem.isPresent()) {
        // What is inside a removed element is not reported again: its code goes with it.
        removals.removed(element.sourceRange().startPos(), problem.get());
        continue;
      }
      if (written) {
        for (Attribute attribute : element.attributes()) {
          HtmlPolicy.INSTANCE.problem(tag, attribute.getKey(), attribute.getValue())
              .ifPresent(message -> removals.removed(element.sourceRange().startPos(), message));
        }
      }
      reportWithin(element, removals);
    }
  }
}
