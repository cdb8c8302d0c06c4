package dev.attune.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bracketed text with an attribute block, {@code [text]{#id .class}}: published as a {@code <span>}. */
final class Span extends Node {
  private final Map<String, String> attributes;

  Span(Map<String, String> attributes) {
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** The span's HTML attributes, only those that are safe (see {@link AttributeBlocks}). */
  Map<String, String> attributes() {
    return attributes;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
