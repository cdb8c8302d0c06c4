package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.attune.model.Html;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders pieces of a parsed document (an option, a feedback paragraph) on their own. */
final class NodeHtml {
  private static final Pattern WRAPPED = Pattern.compile("(?s)^<(p|h[1-6]|th|td)(?:\\s[^>]*)?>(.*)</\\1>\\s*$");

  private final HtmlRenderer renderer;
  private final RenderContext context;

  NodeHtml(HtmlRenderer renderer, RenderContext context) {
    this.renderer = renderer;
    this.context = context;
  }

  /** Block nodes as HTML, in order. */
  Html blocks(List<Node> nodes) {
    StringBuilder html = new StringBuilder();
    for (Node node : nodes) {
      html.append(renderer.render(node));
    }
    return new Html(context.publishable(html.toString()).strip());
  }

  /**
   * A paragraph or heading's content without its tags, for use inside other markup; a heading's
   * link to itself is left out too, as the words are shown away from the heading's id (in a
   * summary, a question, the print appendix).
   */
  Html inline(Node node) {
    String html = context.publishable(renderer.render(node)).strip();
    Matcher m = WRAPPED.matcher(html);
    String inner = m.matches() ? m.group(2).strip() : html;
    return new Html(node instanceof Heading ? AttributedNodeRenderer.headingWords(inner) : inner);
  }

  /** The plain text of a node, as a learner would type it. */
  static String text(Node node) {
    return new TextCollectingVisitor().collectAndGetText(node).strip();
  }
}
