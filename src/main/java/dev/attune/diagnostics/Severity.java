package dev.attune.diagnostics;

/** How serious a diagnostic is: errors fail the build, warnings do not. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in {@code path:line:col: error: message}. */
  public String label() {
    return label;
  }
}
