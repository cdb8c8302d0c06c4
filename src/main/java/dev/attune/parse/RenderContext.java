package dev.attune.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What the Flexmark extensions need while one document renders: where to report problems, how
 * to resolve links, and which containers to replace by interactive parts.
 */
final class RenderContext {
  static final NullableDataKey<RenderContext> KEY = new NullableDataKey<>("ATTUNE_RENDER_CONTEXT");

  private final String path;
  private final IntFunction<Position> positions;
  private final LinkTargets links;
  private final Diagnostics diagnostics;
  private final Map<Node, Integer> partIndexes = new IdentityHashMap<>();

  RenderContext(String path, IntFunction<Position> positions, LinkTargets links, Diagnostics diagnostics) {
    this.path = path;
    this.positions = positions;
    this.links = links;
    this.diagnostics = diagnostics;
  }

  LinkTargets links() {
    return links;
  }

  void error(int offset, String message, String hint) {
    diagnostics.error(path, positions.apply(offset), message, hint);
  }

  void warning(int offset, String message, String hint) {
    diagnostics.warning(path, positions.apply(offset), message, hint);
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

  static String placeholder(int index) {
    return "<!--attune-part:" + index + "-->";
  }
}
