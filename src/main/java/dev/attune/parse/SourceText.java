package dev.attune.parse;

import dev.attune.diagnostics.LineMap;
import dev.attune.diagnostics.Position;

/**
 * Markdown to parse, with what diagnostics need to point into its file.
 *
 * @param path the file as diagnostics name it
 * @param firstLine the file line on which {@code text} starts (after front matter)
 * @param idPrefix the start of ids derived for its blocks (the page's slug), e.g. {@code what-is-it}
 */
public record SourceText(String path, String text, int firstLine, String idPrefix) {

  /** Text whose blocks need no derived ids (tests, inline snippets). */
  public SourceText(String path, String text, int firstLine) {
    this(path, text, firstLine, "page");
  }

  LineMap lines() {
    return LineMap.startingAt(text, firstLine);
  }

  /** The position of {@code offset} in the file. */
  Position position(int offset) {
    return lines().position(offset);
  }
}
