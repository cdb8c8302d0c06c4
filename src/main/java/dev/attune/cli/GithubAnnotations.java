package dev.attune.cli;

import dev.attune.diagnostics.Diagnostic;

/**
 * What {@code attune check --format github} prints: one GitHub Actions workflow command per
 * diagnostic ({@code ::error file=…,line=…::message}), which GitHub shows as an annotation on the
 * line of the pull request's diff.
 */
final class GithubAnnotations {
  private GithubAnnotations() {}

  static String of(Diagnostic d) {
    StringBuilder line = new StringBuilder("::").append(d.severity().label()).append(" file=").append(property(d.path()));
    if (d.line() > 0) {
      line.append(",line=").append(d.line());
      if (d.column() > 0) {
        line.append(",col=").append(d.column());
      }
    }
    line.append(",title=").append(property(d.code().id() + " " + d.code().summary()));
    String text = d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
    return line.append("::").append(data(text)).toString();
  }

  /** A message, escaped as GitHub reads it: a raw line break would end the command. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value, where ',' and ':' would also end it. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
