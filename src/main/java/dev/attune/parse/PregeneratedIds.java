package dev.attune.parse;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Heading ids are made once, right after parsing, so that other pages can check links to them
 * before this page renders; the renderer then reuses them instead of making its own.
 */
final class PregeneratedIds implements HtmlIdGenerator {
  /** Assigns ids to headings, skipping blocks that templates render (their headings are not anchors). */
  static void assign(Document document, DataHolder options) {
    AnchorRefTargetBlockPreVisitor skipInteractive = (node, visitor) ->
        !(node instanceof ContainerBlock block && BlockNames.isInteractive(block.name().toString()));
    new HeaderIdGenerator(options).generateIds(document, skipInteractive);
  }

  @Override
  public void generateIds(Document document) {}

  @Override
  public String getId(Node node) {
    return node instanceof AnchorRefTarget target && !target.getAnchorRefId().isEmpty() ? target.getAnchorRefId() : null;
  }

  @Override
  public String getId(CharSequence text) {
    return null;
  }

  static final class Factory implements HeaderIdGeneratorFactory {
    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
      return new PregeneratedIds();
    }

    @Override
    public HtmlIdGenerator create() {
      return new PregeneratedIds();
    }
  }
}
