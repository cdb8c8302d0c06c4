package dev.attune.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders what {@link AttributeBlocks} reads (spans, figures, output and error blocks) and
 * headings that link to themselves.
 */
final class AttributedNodeRenderer implements NodeRenderer {
  /** The class of a heading's link to itself; the table of contents takes the heading's words out of it. */
  static final String SELF_LINK = "heading-link";
  private static final Pattern SELF_LINKED = Pattern.compile("(?s)^<a class=\"" + SELF_LINK + "\" href=\"[^\"]*\">(.*)</a>$");
  private static final Pattern TRAILING_ANCHOR = Pattern.compile("(?s)<a class=\"heading-anchor\"[^>]*>#</a>$");

  /** What a fenced code block shows: a language's code, or the output or error a command printed. */
  private record Fence(String kind, String language) {}

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(Span.class, this::span),
        new NodeRenderingHandler<>(ImageFigure.class, this::figure),
        new NodeRenderingHandler<>(FencedCodeBlock.class, this::code),
        new NodeRenderingHandler<>(Heading.class, this::heading));
  }

  private void span(Span span, NodeRendererContext context, HtmlWriter html) {
    span.attributes().forEach(html::attr);
    html.withAttr().tag("span");
    context.renderChildren(span);
    html.closeTag("span");
  }

  private void figure(ImageFigure figure, NodeRendererContext context, HtmlWriter html) {
    Node image = figure.getFirstChild();
    html.attr("class", "figure").withAttr().tagLineIndent("figure", () -> {
      context.render(image);
      html.line().tag("figcaption");
      context.renderChildren(image);
      html.closeTag("figcaption").line();
    });
  }

  /**
   * A heading with an id is a link to itself, so a learner can copy its address; its words are
   * the link's, so a screen reader says them once. A heading that holds a link of its own gets
   * a separate "#" link instead, as links cannot nest.
   */
  private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
    RenderContext render = RenderContext.KEY.get(context.getDocument());
    String id = context.getNodeId(heading);
    if (id == null || id.isEmpty() || render == null || !render.headingAnchors()) {
      context.delegateRender();
      return;
    }
    String href = "#" + Escaping.escapeHtml(id, true);
    html.attr("id", id).withAttr().tagLine("h" + heading.getLevel(), () -> {
      if (holdsLink(heading)) {
        context.renderChildren(heading);
        html.raw("<a class=\"heading-anchor\" href=\"" + href + "\" aria-label=\"Link to this section\">#</a>");
      } else {
        html.raw("<a class=\"" + SELF_LINK + "\" href=\"" + href + "\">");
        context.renderChildren(heading);
        html.raw("</a>");
      }
    });
  }

  /** A heading's words as rendered inside it, without its link to itself. */
  static String headingWords(String inner) {
    Matcher m = SELF_LINKED.matcher(inner);
    return m.matches() ? m.group(1) : TRAILING_ANCHOR.matcher(inner).replaceFirst("").stripTrailing();
  }

  private static boolean holdsLink(Node heading) {
    for (Node node : heading.getDescendants()) {
      boolean rawLink = node instanceof HtmlInline html && html.getChars().toString().regionMatches(true, 0, "<a", 0, 2);
      if (node instanceof LinkNode || node instanceof LinkRef || rawLink || node.getClass().getSimpleName().equals("Footnote")) {
        return true;
      }
    }
    return false;
  }

  private void code(FencedCodeBlock code, NodeRendererContext context, HtmlWriter html) {
    String info = code.getInfo().toString().strip();
    Fence fence = fence(info);
    if (fence.kind().isEmpty() && !info.startsWith("{")) {
      context.delegateRender();
      return;
    }
    String content = code.getContentChars().normalizeEOL();
    if (fence.kind().isEmpty()) {
      pre(html, fence.language(), content);
      return;
    }
    String label = fence.kind().equals("output") ? "Output" : "Error";
    html.attr("class", "code-result code-result--" + fence.kind()).withAttr().tagLineIndent("figure", () -> {
      html.attr("class", "code-result__label").withAttr().tag("figcaption").text(label).closeTag("figcaption").line();
      pre(html, fence.language(), content);
    });
  }

  private static void pre(HtmlWriter html, String language, String content) {
    html.line().tag("pre").openPre();
    if (!language.isEmpty()) {
      html.attr("class", "language-" + language);
    }
    html.withAttr().tag("code").text(content).tag("/code");
    html.tag("/pre").closePre().line();
  }

  /** Reads {@code bash}, {@code output}, {@code {.output}}, {@code {.language-bash}} or {@code {.bash .output}}. */
  private static Fence fence(String info) {
    List<String> classes;
    if (info.startsWith("{")) {
      PandocAttributes.Read read = PandocAttributes.read(info, 0, info.length());
      classes = read != null && read.ok() ? read.attributes().classes() : List.of();
    } else {
      int space = info.indexOf(' ');
      classes = info.isEmpty() ? List.of() : List.of(space < 0 ? info : info.substring(0, space));
    }
    String kind = "";
    String language = "";
    for (String name : classes) {
      if (kind.isEmpty() && (name.equals("output") || name.equals("error"))) {
        kind = name;
      } else if (language.isEmpty()) {
        language = name.startsWith("language-") ? name.substring("language-".length()) : name;
      }
    }
    return new Fence(kind, language);
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new AttributedNodeRenderer();
    }
  }

  /** Gives images the attributes of their attribute blocks, replacing the alt text of the brackets when there is an alt=. */
  static final class ImageAttributes extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      Map<Image, Map<String, String>> images = AttributeBlocks.IMAGES.get(context.getDocument());
      return (node, part, attributes) -> {
        if (images != null && node instanceof Image image && images.containsKey(image)) {
          images.get(image).forEach(attributes::replaceValue);
        }
      };
    }
  }
}
