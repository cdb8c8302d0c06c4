package dev.attune.cli;

import dev.attune.pipeline.BuildResult;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints diagnostics and the one-line summary of a build or check. */
final class Report {
  private Report() {}

  static void diagnostics(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic diagnostic : diagnostics.sorted()) {
      err.println(diagnostic.format());
    }
    dropped(diagnostics, err);
  }

  /** Says how many diagnostics the capped list left out, if any. */
  static void dropped(Diagnostics diagnostics, PrintWriter err) {
    if (diagnostics.dropped() > 0) {
      err.println("… and " + diagnostics.dropped() + " more; fix these first");
    }
  }

  /** "2 errors, 1 warning" */
  static String counts(Diagnostics diagnostics) {
    return plural(diagnostics.errorCount(), "error") + ", " + plural(diagnostics.warningCount(), "warning");
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  /** The exit code for a finished build or check. */
  static int exitCode(BuildResult result) {
    return result.succeeded() ? Cli.OK : Cli.CONTENT_ERRORS;
  }
}
