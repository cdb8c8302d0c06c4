package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Optional;
import java.util.Set;

/**
 * Renders containers: callouts and lesson blocks as a titled box, solutions, hints and spoilers as
 * a {@code <details>} element, instructor notes as nothing (the facilitator page shows them);
 * quizzes and worksheets as a placeholder that {@link ParsedMarkdown} swaps for the block's model,
 * which the templates render.
 */
final class ContainerNodeRenderer implements NodeRenderer {
  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(ContainerBlock.class, this::render),
        new NodeRenderingHandler<>(ContainerBlockParser.ClosingLine.class, (node, context, html) -> {}));
  }

  private void render(ContainerBlock block, NodeRendererContext context, HtmlWriter html) {
    RenderContext render = RenderContext.KEY.get(context.getDocument());
    int part = render == null ? -1 : render.partIndexOf(block);
    if (part >= 0) {
      html.line().raw(render.placeholder(part)).line();
      return;
    }
    if (part == RenderContext.NOTHING) {
      return;
    }
    Optional<BlockKind> kind = BlockKind.named(block.name().toString());
    if (kind.isEmpty()) {
      html.withAttr().tagLineIndent("div", () -> context.renderChildren(block));
      return;
    }
    Optional<String> title = Attributes.parse(block.attributeText().toString()).attributes()
        .get("title").filter(t -> !t.isBlank());
    switch (kind.get().shape()) {
      case HIDDEN -> { }
      case COLLAPSED -> collapsed(block, kind.get(), title, context, html);
      case BOX -> box(block, kind.get(), title, context, html);
    }
  }

  /**
   * A titled box. Its title is {@code title=}, else its first heading (rendered as the heading it
   * is, so it keeps its id and inline Markdown), else the kind's name.
   */
  private static void box(ContainerBlock block, BlockKind kind, Optional<String> title, NodeRendererContext context, HtmlWriter html) {
    Optional<Heading> heading = title.isPresent() ? Optional.empty() : firstHeading(block);
    html.attr("class", "callout callout-" + kind.cssName()).attr("role", "note");
    heading.filter(h -> !h.getAnchorRefId().isEmpty()).ifPresent(h -> html.attr("aria-labelledby", h.getAnchorRefId()));
    html.withAttr().tagLineIndent("div", () -> {
      if (heading.isEmpty()) {
        html.attr("class", "callout-title").withAttr().tag("p").text(title.orElse(kind.defaultTitle())).closeTag("p").line();
      }
      context.renderChildren(block);
    });
  }

  /**
   * A {@code <details>} element, closed: its summary is {@code title=}, else its first heading's
   * text (with its id, so it can be linked to), else "Show solution" and the like. A first
   * heading that only names the kind ("Solution") gives the kind's summary but keeps its id.
   */
  private static void collapsed(ContainerBlock block, BlockKind kind, Optional<String> title, NodeRendererContext context, HtmlWriter html) {
    Optional<Heading> heading = firstHeading(block);
    html.attr("class", "collapsible collapsible-" + kind.cssName()).withAttr().tagLineIndent("details", () -> {
      heading.filter(h -> !h.getAnchorRefId().isEmpty()).ifPresent(h -> html.attr("id", h.getAnchorRefId()));
      html.attr("class", "collapsible-summary").withAttr().tag("summary");
      if (title.isPresent()) {
        html.text(title.get());
      } else if (heading.isPresent() && !NodeHtml.text(heading.get()).equalsIgnoreCase(kind.cssName())) {
        context.renderChildren(heading.get());
      } else {
        html.text(kind.defaultTitle());
      }
      html.closeTag("summary").line();
      html.attr("class", "collapsible-body").withAttr().tagLineIndent("div", () -> {
        for (Node child : block.getChildren()) {
          if (heading.isEmpty() || child != heading.get()) {
            context.render(child);
          }
        }
      });
    });
  }

  /** The block's first child when it is a heading. */
  static Optional<Heading> firstHeading(ContainerBlock block) {
    Node first = block.getFirstChild();
    while (first instanceof ContainerBlockParser.ClosingLine) {
      first = first.getNext();
    }
    return first instanceof Heading heading ? Optional.of(heading) : Optional.empty();
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new ContainerNodeRenderer();
    }
  }
}
