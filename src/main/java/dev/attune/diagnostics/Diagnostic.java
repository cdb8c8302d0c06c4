package dev.attune.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a course, pointing at the author's file, line and column.
 *
 * @param code the stable code of this kind of problem, documented in docs/diagnostics.md
 * @param path the file as the author knows it (relative to the working directory when possible)
 * @param line 1-based line, or 0 when the problem is about the whole file
 * @param column 1-based column, or 0 when unknown
 * @param hint what to do about it, or empty
 */
public record Diagnostic(
    Severity severity, Code code, String path, int line, int column, String message, String hint) {

  /** Orders diagnostics as an author reads them: by file, then top to bottom. */
  public static final Comparator<Diagnostic> READING_ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col: error: message [A0123]}, then the hint on its own indented line. */
  public String format() {
    StringBuilder out = new StringBuilder(path);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity.label()).append(": ").append(message).append(" [").append(code.id()).append(']');
    if (!hint.isEmpty()) {
      out.append(System.lineSeparator()).append("  hint: ").append(hint);
    }
    return out.toString();
  }
}
