package dev.attune.parse;

import com.vladsch.flexmark.util.ast.Node;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Suggestions;
import java.util.Collection;
import java.util.Optional;

/**
 * What a {@link BlockReader} needs: rendering of Markdown pieces, diagnostics, the course-wide id
 * registry, and the page's prefix for derived ids.
 */
final class BlockContext {
  private final RenderContext render;
  private final NodeHtml html;
  private final IdRegistry ids;
  private final String path;
  private final SourceText source;

  BlockContext(RenderContext render, NodeHtml html, IdRegistry ids, SourceText source) {
    this.render = render;
    this.html = html;
    this.ids = ids;
    this.path = source.path();
    this.source = source;
  }

  NodeHtml html() {
    return html;
  }

  String idPrefix() {
    return source.idPrefix();
  }

  void error(int offset, String message, String hint) {
    render.error(offset, message, hint);
  }

  void error(Node node, String message, String hint) {
    render.error(node.getStartOffset(), message, hint);
  }

  void warning(int offset, String message, String hint) {
    render.warning(offset, message, hint);
  }

  /** Reports attributes not in {@code known}; {@code base} is the offset of the attribute text. */
  void rejectUnknownAttributes(Attributes attributes, Collection<String> known, int base, String where) {
    for (String name : attributes.values().keySet()) {
      if (!known.contains(name)) {
        error(base + attributes.offsetOf(name, 0), "unknown attribute '" + name + "' on " + where,
            Suggestions.didYouMean(name, known, "the attributes are"));
      }
    }
  }

  /** Claims a course-wide id; reports it when another block of the same kind has it already. */
  boolean claim(String kind, String id, int offset) {
    Position at = source.position(offset);
    Optional<IdRegistry.Claim> earlier = ids.claim(kind, id, path, at);
    if (earlier.isPresent()) {
      IdRegistry.Claim claim = earlier.get();
      error(offset, "the " + kind + " id '" + id + "' is already used at " + claim.path() + ":" + claim.position().line(),
          "give each " + kind + " its own id=…; learners' saved answers are kept under it");
      return false;
    }
    return true;
  }
}
