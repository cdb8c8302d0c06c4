package dev.attune.parse;

import com.vladsch.flexmark.util.ast.Node;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Suggestions;
import dev.attune.model.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a {@link BlockReader} needs: rendering of Markdown pieces, diagnostics, the course-wide id
 * registry, and the page's prefix for derived ids.
 */
final class BlockContext {
  private static final int DERIVED_ID_WORDS = 6;
  private final RenderContext render;
  private final NodeHtml html;
  private final IdRegistry.PageIds ids;
  private final String path;
  private final SourceText source;
  private final Supplier<String> lessonWords;

  /** @param lessonWords the page's text outside its blocks, as {@link QuizLint#words}, made when first asked for */
  BlockContext(RenderContext render, NodeHtml html, IdRegistry.PageIds ids, SourceText source, Supplier<String> lessonWords) {
    this.render = render;
    this.lessonWords = lessonWords;
    this.html = html;
    this.ids = ids;
    this.path = source.path();
    this.source = source;
  }

  NodeHtml html() {
    return html;
  }

  /** The words of the page around the blocks, normalized as {@link QuizLint#words} does. */
  String lessonWords() {
    return lessonWords.get();
  }

  String idPrefix() {
    return source.idPrefix();
  }

  void error(Code code, int offset, String message, String hint) {
    render.error(code, offset, message, hint);
  }

  void error(Code code, Node node, String message, String hint) {
    render.error(code, node.getStartOffset(), message, hint);
  }

  void warning(Code code, int offset, String message, String hint) {
    render.warning(code, offset, message, hint);
  }

  /** Reports attributes not in {@code known}; {@code base} is the offset of the attribute text. */
  void rejectUnknownAttributes(Attributes attributes, Collection<String> known, int base, String where) {
    for (String name : attributes.values().keySet()) {
      if (!known.contains(name)) {
        error(Code.UNKNOWN_ATTRIBUTE, base + attributes.offsetOf(name, 0), "unknown attribute '" + name + "' on " + where,
            Suggestions.didYouMean(name, known, "the attributes are"));
      }
    }
  }

  /**
   * The id of a question or prompt heading: its explicit {@code {#id}}, or one derived from its
   * text (with a warning, since rewording would then lose learners' answers). Empty, after an
   * error, when the id is unusable or already taken in this block.
   *
   * @param what "question" or "prompt", for messages
   * @param block "quiz" or "worksheet", for messages
   */
  Optional<String> headingId(Attributes attributes, int attributesAt, Node heading, String text, Set<String> taken, String what, String block) {
    String id = attributes.get("id").orElse("");
    if (id.isEmpty()) {
      id = Ids.slugOfWords(text, DERIVED_ID_WORDS);
      warning(Code.MISSING_ID, heading.getStartOffset(), "this " + what + " has no id, so it gets '" + id + "' from its text",
          "add {#" + id + "} at the end of the heading: with an explicit id, learners keep their answers when you reword the " + what);
    } else if (!Ids.isValid(id)) {
      error(Code.UNUSABLE_ID, attributesAt + attributes.offsetOf("id", 0), "the " + what + " id '" + id + "' is not usable",
          "use lower-case letters, digits and '-', e.g. {#what-is-it}");
      return Optional.empty();
    }
    if (!taken.add(id)) {
      error(Code.DUPLICATE_ID, attributesAt + attributes.offsetOf("id", 0), "two " + what + "s in this " + block + " have the id '" + id + "'",
          "give each " + what + " its own {#id}");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /** The id of a quiz or worksheet block, explicit or derived from the page; empty after an error. */
  Optional<String> blockId(String kind, Attributes attributes, int attributesAt, int blockAt, String derived) {
    String id = attributes.get("id").orElse(derived);
    if (!Ids.isValid(id)) {
      error(Code.UNUSABLE_ID, attributesAt + attributes.offsetOf("id", 0), "the " + kind + " id '" + id + "' is not usable",
          "use lower-case letters, digits and '-', e.g. id=check-in-" + kind);
      return Optional.empty();
    }
    return claim(kind, id, blockAt) ? Optional.of(id) : Optional.empty();
  }

  /** The children of a node as a list. */
  static List<Node> children(Node parent) {
    List<Node> nodes = new ArrayList<>();
    parent.getChildren().forEach(nodes::add);
    return nodes;
  }

  /** Claims a course-wide id; reports it when another block of this page has it already (other pages: {@link IdRegistry}). */
  boolean claim(String kind, String id, int offset) {
    Position at = source.position(offset);
    Optional<IdRegistry.Claim> earlier = ids.claim(kind, id, path, at);
    if (earlier.isPresent()) {
      error(Code.DUPLICATE_ID, offset, IdRegistry.alreadyUsed(new IdRegistry.Claim(kind, id, path, at), earlier.get()), IdRegistry.hint(kind));
      return false;
    }
    return true;
  }
}
