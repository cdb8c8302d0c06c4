package dev.attune.parse;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * Task list items as valid HTML. Flexmark's own renderer puts {@code readonly} on a checkbox
 * and, for items with several paragraphs, nests one paragraph in another; the HTML validator
 * rejects both.
 */
final class TaskItemRenderer implements NodeRenderer {
  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::render));
  }

  private void render(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
    html.attr("class", "task-list-item").withAttr().tag("li");
    html.raw("<input type=\"checkbox\" disabled" + (item.isItemDoneMarker() ? " checked" : "") + "> ");
    context.renderChildren(item);
    html.tag("/li").line();
  }
}
