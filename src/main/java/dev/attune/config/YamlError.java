package dev.attune.config;

import dev.attune.diagnostics.Position;

/**
 * A YAML syntax error as the author is told it: where to edit, what is wrong, what to do.
 *
 * @param at the position, counting lines from 1 at the first line of the YAML text
 */
record YamlError(Position at, String message, String hint) {
  /** The fallback for what no plainer message fits: still no parser words, and a hint that covers the usual slips. */
  static final String UNREADABLE = "this line cannot be read as 'key: value' lines";
  static final String UNREADABLE_HINT = "check this line and the one above: keys at the same level line up, each key is followed"
      + " by ': ', and text that contains ': ' or ' #', or starts with '[', '{', '*', '&', '!', '%', '@' or '`', is in quotes";

  /** An error at 0-based {@code line} and {@code column}, as SnakeYAML counts them. */
  static YamlError at(int line, int column, String message, String hint) {
    return new YamlError(new Position(line + 1, column + 1), message, hint);
  }

  static YamlError unreadable(int line, int column) {
    return at(line, column, UNREADABLE, UNREADABLE_HINT);
  }
}
