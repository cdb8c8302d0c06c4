package dev.attune.cli;

import dev.attune.pipeline.BuildListener;
import java.io.PrintWriter;

/**
 * A single self-overwriting progress line on a terminal, cleared when the work is done; and the
 * build's notes, printed on their own lines wherever the output goes.
 */
final class ProgressLine implements BuildListener {
  private final PrintWriter err;
  private final boolean enabled;
  private int width;

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public synchronized void progress(String stage, int done, int total) {
    if (!enabled) {
      return;
    }
    String text = total > 1 ? stage + " " + done + "/" + total : stage + "…";
    err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
    err.flush();
    width = text.length();
  }

  /** Notes are for everyone, on a terminal or not. */
  @Override
  public synchronized void note(String message) {
    clear();
    err.println("note: " + message);
    err.flush();
  }

  synchronized void clear() {
    if (enabled && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
