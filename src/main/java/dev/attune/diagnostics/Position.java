package dev.attune.diagnostics;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {
  public static final Position FILE = new Position(0, 0);

  /** This position moved down by {@code lines} lines, for text that starts mid-file. */
  public Position shiftedDown(int lines) {
    return line == 0 ? this : new Position(line + lines, column);
  }
}
