package dev.attune.parse;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * What the Flexmark extensions need while one document renders: where to report problems, how
 * to resolve links, and which containers to replace by interactive parts.
 */
final class RenderContext {
  static final NullableDataKey<RenderContext> KEY = new NullableDataKey<>("ATTUNE_RENDER_CONTEXT");
  private static final String RAW_HTML_HINT = "HTML in a course is limited to safe formatting;"
      + " to publish it as written, set 'raw_html: trusted' in course.yml (see docs/authoring.md, 'HTML in lessons')";

  private final String path;
  private final IntFunction<Position> positions;
  private final LinkTargets links;
  private final Diagnostics diagnostics;
  private final boolean trustedHtml;
  private final String partMarker;
  /** Raw HTML starts with '<': a text without one has none, and its tree need not be searched. */
  private final boolean mayHoldHtml;
  private final Map<Node, Integer> partIndexes = new IdentityHashMap<>();
  private boolean needsCleaning;
  private boolean headingAnchors = true;

  /**
   * @param trustedHtml whether HTML in the Markdown is published as written ({@code raw_html: trusted})
   * @param source the text being rendered: part placeholders are chosen so that it cannot contain them
   */
  RenderContext(String path, IntFunction<Position> positions, LinkTargets links, Diagnostics diagnostics, boolean trustedHtml,
      String source) {
    this.path = path;
    this.positions = positions;
    this.links = links;
    this.diagnostics = diagnostics;
    this.trustedHtml = trustedHtml;
    this.partMarker = markerAbsentFrom(source);
    this.mayHoldHtml = source.indexOf('<') >= 0;
  }

  /**
   * Reads the raw HTML in {@code document} (unless it is trusted), warning about each thing the
   * published page will not have; the document's renders are then cleaned.
   */
  void readRawHtml(Node document) {
    if (trustedHtml || !mayHoldHtml) {
      return;
    }
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
        needsCleaning = true;
        int start = node.getStartOffset();
        HtmlSanitizer.report(node.getChars().toString(), (offset, message) -> warning(Code.RAW_HTML_REMOVED, start + offset, message, RAW_HTML_HINT));
      }
    }
  }

  /**
   * Whether a learner may follow or load {@code url}, warning at {@code offset} when not; the
   * renders of a document with such an address are cleaned, which removes it.
   */
  void checkAddress(int offset, String url, SafeUrls.Use use) {
    if (trustedHtml) {
      return;
    }
    Optional<String> problem = SafeUrls.problem(url, use);
    if (problem.isPresent()) {
      needsCleaning = true;
      warning(Code.UNSAFE_ADDRESS, offset, "the address '" + SafeUrls.shown(url) + "' was removed: " + problem.get(),
          use == SafeUrls.Use.LINK ? "link to a page or file of the course, or to an http: or https: address"
              : "save the file in the content folder (e.g. assets/) and link to it with a relative path");
    }
  }

  /** {@code html}, rendered from this context's document, as it may be published. */
  String publishable(String html) {
    return needsCleaning ? HtmlSanitizer.clean(html) : html;
  }

  /** Reports the problems found in the document's attribute blocks. */
  void report(List<AttributeBlocks.Problem> problems) {
    for (AttributeBlocks.Problem problem : problems) {
      if (problem.error()) {
        error(problem.code(), problem.offset(), problem.message(), problem.hint());
      } else {
        warning(problem.code(), problem.offset(), problem.message(), problem.hint());
      }
    }
  }

  /** Whether headings with an id link to themselves: not in a worksheet file or a short text, whose headings are prompts or none. */
  boolean headingAnchors() {
    return headingAnchors;
  }

  void withoutHeadingAnchors() {
    headingAnchors = false;
  }

  LinkTargets links() {
    return links;
  }

  void error(Code code, int offset, String message, String hint) {
    diagnostics.error(code, path, positions.apply(offset), message, hint);
  }

  void warning(Code code, int offset, String message, String hint) {
    diagnostics.warning(code, path, positions.apply(offset), message, hint);
  }

  /** The part index of a block that renders as nothing (it was too broken to read). */
  static final int NOTHING = -2;

  /** Marks {@code node} to render as the placeholder of body part {@code index}. */
  void replaceWithPart(Node node, int index) {
    partIndexes.put(node, index);
  }

  /** The part that replaces {@code node}, {@link #NOTHING}, or -1 when it renders normally. */
  int partIndexOf(Node node) {
    return partIndexes.getOrDefault(node, -1);
  }

  String placeholder(int index) {
    return "<!--" + partMarker + index + "-->";
  }

  /** Finds the placeholders in rendered HTML: group 1 is the part's index. */
  Pattern placeholders() {
    return Pattern.compile("\\n?<!--" + Pattern.quote(partMarker) + "(\\d+)-->\\n?");
  }

  /**
   * A placeholder prefix that {@code source} does not contain. A comment reaches the rendered
   * HTML only as raw HTML copied from the source, so no text of the author's can pass for one.
   */
  private static String markerAbsentFrom(String source) {
    String marker = "attune-part:";
    for (int n = 1; source.contains(marker); n++) {
      marker = "attune-part-" + n + ":";
    }
    return marker;
  }
}
