package dev.attune.parse;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Optional;
import java.util.Set;

/**
 * Renders containers: callouts as a titled note; quizzes and worksheets as a placeholder that
 * {@link ParsedMarkdown} swaps for the block's model, which the templates render.
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
    Optional<Callout> callout = Callout.named(block.name().toString());
    if (callout.isEmpty()) {
      html.withAttr().tagLineIndent("div", () -> context.renderChildren(block));
      return;
    }
    String title = Attributes.parse(block.attributeText().toString()).attributes()
        .get("title").filter(t -> !t.isBlank()).orElse(callout.get().defaultTitle());
    html.attr("class", "callout callout-" + callout.get().cssName()).attr("role", "note").withAttr()
        .tagLineIndent("div", () -> {
          html.attr("class", "callout-title").withAttr().tag("p").text(title).closeTag("p").line();
          context.renderChildren(block);
        });
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new ContainerNodeRenderer();
    }
  }
}
