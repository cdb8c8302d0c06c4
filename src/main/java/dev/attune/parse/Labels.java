package dev.attune.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Paragraphs that start with a label such as {@code Hint:} or {@code **Explanation:**}. The
 * label says what the paragraph is; it is removed before the paragraph is rendered.
 */
final class Labels {
  private Labels() {}

  /** The label (lower-case) a paragraph starts with, if it is one of {@code labels}; removes it. */
  static Optional<String> take(Node node, Set<String> labels) {
    if (!(node instanceof Paragraph paragraph)) {
      return Optional.empty();
    }
    Node first = paragraph.getFirstChild();
    if (first instanceof Text text) {
      String raw = text.getChars().toString();
      int colon = raw.indexOf(':');
      if (colon > 0) {
        String label = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (labels.contains(label)) {
          BasedSequence rest = text.getChars().subSequence(colon + 1).trimStart();
          if (rest.isEmpty()) {
            text.unlink();
          } else {
            text.setChars(rest);
          }
          return Optional.of(label);
        }
      }
    } else if (first instanceof StrongEmphasis strong) {
      // **Hint:** text, or **Hint**: text
      String inner = NodeHtml.text(strong);
      Node after = strong.getNext();
      boolean colonInside = inner.endsWith(":");
      boolean colonAfter = after instanceof Text t && t.getChars().toString().startsWith(":");
      String label = (colonInside ? inner.substring(0, inner.length() - 1) : inner).strip().toLowerCase(Locale.ROOT);
      if ((colonInside || colonAfter) && labels.contains(label)) {
        strong.unlink();
        if (after instanceof Text text) {
          BasedSequence rest = text.getChars();
          if (colonAfter) {
            rest = rest.subSequence(1);
          }
          rest = rest.trimStart();
          if (rest.isEmpty()) {
            text.unlink();
          } else {
            text.setChars(rest);
          }
        }
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }
}
