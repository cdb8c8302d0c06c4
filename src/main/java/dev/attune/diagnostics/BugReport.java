package dev.attune.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A failure inside Attune (a bug, not a mistake in the course) told in a dozen lines: what was
 * thrown, the first places it passed through and Attune's own, and what to send. A whole stack
 * trace would be a thousand lines of a library's frames when the stack overflowed.
 */
public final class BugReport {
  /** Frames shown from the top of the stack, where the failure happened. */
  private static final int TOP_FRAMES = 4;
  /** Frames of Attune's own code shown below those, which say what it was doing. */
  private static final int OWN_FRAMES = 4;
  private static final int MAX_MESSAGE = 200;
  private static final int MAX_CAUSES = 3;
  private static final String OWN_PACKAGE = "dev.attune.";

  private BugReport() {}

  /** The report's lines, the first of them starting "internal error:". */
  public static List<String> lines(Throwable thrown) {
    Throwable failure = original(thrown);
    List<String> lines = new ArrayList<>();
    lines.add("internal error: Attune failed with " + summary(failure));
    lines.add("  This is a bug in Attune, not a mistake in your course. Please report it with these lines,");
    lines.add("  the command you ran and what 'attune --version' prints; the file it was building helps too.");
    StackTraceElement[] frames = failure.getStackTrace();
    int shown = 0;
    for (int i = 0; i < frames.length && i < TOP_FRAMES; i++) {
      lines.add("    at " + frames[i]);
      shown = i + 1;
    }
    int own = 0;
    for (int i = shown; i < frames.length && own < OWN_FRAMES; i++) {
      if (frames[i].getClassName().startsWith(OWN_PACKAGE)) {
        if (i > shown) {
          lines.add(String.format(Locale.ROOT, "    … %,d more", i - shown));
        }
        lines.add("    at " + frames[i]);
        shown = i + 1;
        own++;
      }
    }
    if (shown < frames.length) {
      lines.add(String.format(Locale.ROOT, "    … %,d more", frames.length - shown));
    }
    Throwable cause = failure.getCause();
    for (int i = 0; cause != null && cause != failure && i < MAX_CAUSES; i++, cause = cause.getCause()) {
      lines.add("  caused by " + summary(cause));
    }
    return lines;
  }

  /**
   * The failure as it was first thrown. Work on other threads (a parallel stream) comes back as a
   * copy made on the waiting thread, whose cause is the original with the frames that matter.
   */
  private static Throwable original(Throwable thrown) {
    Throwable failure = thrown;
    while (failure.getCause() != null && failure.getCause() != failure && failure.getCause().getClass() == failure.getClass()) {
      failure = failure.getCause();
    }
    return failure;
  }

  /** The report as one text, lines joined by '\n'. */
  public static String text(Throwable failure) {
    return String.join("\n", lines(failure));
  }

  private static String summary(Throwable failure) {
    String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline).strip() + " …";
    }
    if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "…";
    }
    return failure.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
  }
}
