package dev.attune.cli;

/** A mistake in how a command was called (a missing folder, a bad option); exit code 2. */
final class UsageProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  UsageProblem(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}
