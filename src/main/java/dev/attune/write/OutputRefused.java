package dev.attune.write;

/**
 * The output folder cannot be used: replacing it could destroy something Attune did not make, or
 * another build is writing it. Nothing has been written when this is thrown.
 */
public final class OutputRefused extends Exception {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public OutputRefused(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** What the user can do instead. */
  public String hint() {
    return hint;
  }
}
