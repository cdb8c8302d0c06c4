package dev.attune.cli;

/**
 * What the terminal can take. Progress lines are for people watching a terminal; in CI, in a pipe
 * or in tests they would only be noise.
 */
record Console(boolean showsProgress) {
  static final Console PLAIN = new Console(false);

  static Console detect() {
    boolean interactive = System.console() != null
        && System.getenv("CI") == null
        && !"dumb".equals(System.getenv("TERM"));
    return new Console(interactive);
  }
}
