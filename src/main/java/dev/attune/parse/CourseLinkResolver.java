package dev.attune.parse;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import dev.attune.diagnostics.Code;
import java.util.Set;

/** Hands every link and image address to the build's {@link LinkTargets} while rendering. */
final class CourseLinkResolver implements LinkResolver {
  private final RenderContext context;

  private CourseLinkResolver(RenderContext context) {
    this.context = context;
  }

  @Override
  public ResolvedLink resolveLink(Node node, LinkResolverBasicContext flexmark, ResolvedLink link) {
    if (context == null || link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
      return link;
    }
    boolean image = node instanceof Image || node instanceof ImageRef;
    LinkTarget target = context.links().resolve(link.getUrl(), image);
    if (!(target instanceof LinkTarget.Broken)) {
      context.checkAddress(node.getStartOffset(), link.getUrl(), image ? SafeUrls.Use.MEDIA : SafeUrls.Use.LINK);
    }
    if (target instanceof LinkTarget.Rewrite rewrite) {
      return link.withUrl(rewrite.url()).withStatus(LinkStatus.VALID);
    }
    if (target instanceof LinkTarget.Broken broken) {
      context.error(Code.BROKEN_LINK, node.getStartOffset(), broken.message(), broken.hint());
      return link.withStatus(LinkStatus.NOT_FOUND);
    }
    return link;
  }

  static final class Factory implements LinkResolverFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return new CourseLinkResolver(RenderContext.KEY.get(context.getDocument()));
    }
  }
}
