package dev.attune.diagnostics;

import java.util.Arrays;

/**
 * Turns character offsets in a text into line and column, so parsers that work on offsets can
 * still report {@code path:line:col}.
 */
public final class LineMap {
  private final int[] lineStarts;
  private final CharSequence text;
  private final int firstLine;

  private LineMap(CharSequence text, int firstLine) {
    this.text = text;
    this.firstLine = firstLine;
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    lineStarts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
  }

  /** A map for {@code text} whose first line is line 1 of its file. */
  public static LineMap of(CharSequence text) {
    return new LineMap(text, 1);
  }

  /** A map for {@code text} that starts at line {@code firstLine} of its file. */
  public static LineMap startingAt(CharSequence text, int firstLine) {
    return new LineMap(text, firstLine);
  }

  /** The position of the character at {@code offset}; columns count code points. */
  public Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int line = index >= 0 ? index : -index - 2;
    int start = lineStarts[line];
    int column = Character.codePointCount(text, start, clamped) + 1;
    return new Position(line + firstLine, column);
  }
}
