package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the attributes at the end of a question or prompt heading,
 * {@code ### What is it? {#definition type=single}}, and removes them from the heading so only
 * the question is rendered.
 */
final class HeadingAttributes {
  private HeadingAttributes() {}

  /**
   * The result: the attributes, where their text starts in the file (for diagnostics), or an
   * error and its offset.
   */
  record Read(Attributes attributes, int offset, String error, int errorOffset) {
    boolean ok() {
      return error.isEmpty();
    }
  }

  /** Reads and removes the trailing {@code {…}} of {@code heading}; a heading without one has none. */
  static Read take(Heading heading) {
    BasedSequence text = heading.getText();
    String raw = text.toString();
    String trimmed = raw.stripTrailing();
    int open = trimmed.lastIndexOf('{');
    if (!trimmed.endsWith("}") || open < 0) {
      return new Read(Attributes.NONE, text.getStartOffset(), "", -1);
    }
    int start = text.getStartOffset() + open;
    Attributes.Parse parse = Attributes.parse(trimmed.substring(open));
    removeFrom(heading, start);
    if (!parse.ok()) {
      return new Read(Attributes.NONE, start, parse.error(), start + Math.max(0, parse.errorOffset()));
    }
    return new Read(parse.attributes(), start, "", -1);
  }

  /** Drops the inline nodes of {@code parent} from {@code offset} on, and trailing spaces. */
  private static void removeFrom(Node parent, int offset) {
    List<Node> children = new ArrayList<>();
    parent.getChildren().forEach(children::add);
    for (Node child : children) {
      if (child.getStartOffset() >= offset) {
        child.unlink();
      } else if (child.getEndOffset() > offset && child instanceof Text text) {
        text.setChars(text.getChars().subSequence(0, offset - child.getStartOffset()));
      }
    }
    Node last = parent.getLastChild();
    if (last instanceof Text text) {
      BasedSequence chars = text.getChars().trimEnd();
      if (chars.isEmpty()) {
        text.unlink();
      } else {
        text.setChars(chars);
      }
    }
  }
}
