package dev.attune.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Attune's additions to Flexmark: {@code :::name} containers, course link resolution, valid
 * markup for task lists, Pandoc's attribute blocks and headings that link to themselves.
 */
final class AttuneExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  static AttuneExtension create() {
    return new AttuneExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new ContainerBlockParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(new ContainerNodeRenderer.Factory());
    builder.nodeRendererFactory(options -> new TaskItemRenderer());
    builder.nodeRendererFactory(new AttributedNodeRenderer.Factory());
    builder.attributeProviderFactory(new AttributedNodeRenderer.ImageAttributes());
    builder.linkResolverFactory(new CourseLinkResolver.Factory());
  }
}
