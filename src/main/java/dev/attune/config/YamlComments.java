package dev.attune.config;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Warns where a '#' glued to a word cuts a value short. In YAML, ' #' starts a comment, so
 * {@code summary: We are #1 at this} is only "We are" and {@code title: #1 tip} is empty, with no
 * error. A comment written on purpose has a space after its '#' ({@code # like this}), so only a
 * '#' followed by a word is taken for a slip.
 */
final class YamlComments {
  private static final Pattern GLUED_COMMENT = Pattern.compile("^\\s+(#)[^\\s#]");

  private final YamlLines lines;
  private final String path;
  private final int firstLine;
  private final Diagnostics diagnostics;
  /** By identity: an alias ('*name') makes a node appear again, even inside itself. */
  private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlComments(String text, String path, int firstLine, Diagnostics diagnostics) {
    this.lines = new YamlLines(text);
    this.path = path;
    this.firstLine = firstLine;
    this.diagnostics = diagnostics;
  }

  /** Warns at every glued '#' after a plain value (or an empty one) in {@code root}, read from {@code text}. */
  static void check(Node root, String text, String path, int firstLine, Diagnostics diagnostics) {
    new YamlComments(text, path, firstLine, diagnostics).visit(root);
  }

  private void visit(Node node) {
    if (!visited.add(node)) {
      return;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        visit(tuple.getValueNode());
      }
    } else if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(this::visit);
    } else if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN) {
      check(scalar);
    }
  }

  private void check(ScalarNode scalar) {
    if (scalar.getStartMark().isEmpty() || scalar.getEndMark().isEmpty()) {
      return;
    }
    Mark start = scalar.getStartMark().get();
    Mark end = scalar.getEndMark().get();
    String rest = lines.from(end.getLine(), end.getColumn());
    Matcher glued = GLUED_COMMENT.matcher(rest);
    if (!glued.find()) {
      return;
    }
    int hash = end.getColumn() + rest.codePointCount(0, glued.start(1));
    int from = scalar.getValue().isEmpty() ? hash : start.getColumn();
    String hint = start.getLine() == end.getLine()
        ? "to keep it, put the whole value in quotes: " + lines.withValueQuoted(end.getLine(), from)
        : "to keep it, put the whole value in quotes";
    diagnostics.warning(Code.COMMENT_CUTS_VALUE, path, new Position(end.getLine() + firstLine, hash + 1),
        "the text from this '#' on is read as a comment and left out of the value", hint);
  }
}
