package dev.attune.parse;

import dev.attune.diagnostics.LineMap;
import dev.attune.diagnostics.Position;

/**
 * Markdown to parse, with what diagnostics need to point into its file.
 *
 * @param path the file as diagnostics name it
 * @param firstLine the file line on which {@code text} starts (after front matter)
 */
public record SourceText(String path, String text, int firstLine) {

  LineMap lines() {
    return LineMap.startingAt(text, firstLine);
  }

  /** The position of {@code offset} in the file. */
  Position position(int offset) {
    return lines().position(offset);
  }
}
