package dev.attune.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A fenced container: an opening line {@code :::name attributes}, Markdown blocks, and a closing
 * line {@code :::}. Callouts, quizzes and worksheets all use this one shape.
 */
final class ContainerBlock extends Block {
  private BasedSequence openingMarker = BasedSequence.NULL;
  private BasedSequence name = BasedSequence.NULL;
  private BasedSequence attributeText = BasedSequence.NULL;
  private boolean closed;

  /** The colons of the opening line; where diagnostics about the whole block point. */
  BasedSequence openingMarker() {
    return openingMarker;
  }

  void setOpeningMarker(BasedSequence openingMarker) {
    this.openingMarker = openingMarker;
  }

  BasedSequence name() {
    return name;
  }

  void setName(BasedSequence name) {
    this.name = name;
  }

  BasedSequence attributeText() {
    return attributeText;
  }

  void setAttributeText(BasedSequence attributeText) {
    this.attributeText = attributeText;
  }

  /** Whether a closing {@code :::} line ended the block (rather than the end of the file). */
  boolean isClosed() {
    return closed;
  }

  void markClosed() {
    this.closed = true;
  }

  @Override
  public BasedSequence[] getSegments() {
    return new BasedSequence[] {openingMarker, name, attributeText};
  }
}
