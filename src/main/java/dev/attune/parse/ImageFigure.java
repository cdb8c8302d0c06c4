package dev.attune.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An image alone in its paragraph with both words in brackets and an {@code alt=}: Pandoc makes
 * it a figure, the words its caption. Its one child is the image.
 */
final class ImageFigure extends Block {
  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
