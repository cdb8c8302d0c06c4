package dev.attune.parse;

import dev.attune.model.BodyPart;
import java.util.Optional;

/** Turns one kind of interactive {@code :::} block into a model part that templates render. */
interface BlockReader {
  /** The block's name after {@code :::}. */
  String name();

  /**
   * Reads {@code block}, reporting every mistake in it. Returns empty when the block is too
   * broken to render; the build then fails on the reported errors.
   */
  Optional<BodyPart> read(ContainerBlock block, BlockContext context);
}
