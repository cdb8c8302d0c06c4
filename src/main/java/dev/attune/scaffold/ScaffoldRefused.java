package dev.attune.scaffold;

/**
 * A file cannot be made as asked: it exists already, the course has no such module, the title
 * makes no file name. Nothing has been written when this is thrown.
 */
public final class ScaffoldRefused extends Exception {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public ScaffoldRefused(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What the author can do instead. */
  public String hint() {
    return hint;
  }
}
