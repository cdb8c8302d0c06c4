package dev.attune.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one build. Parsers record problems here and carry on, so an author
 * sees every mistake in one run rather than one per run. What is shown is capped so that a badly
 * broken file cannot flood the terminal; the cap applies in reading order, so the same course
 * shows the same diagnostics however the work was spread over threads. Safe to use from several
 * threads.
 */
public final class Diagnostics {
  public static final int DEFAULT_LIMIT = 500;

  private final Set<Diagnostic> items = new HashSet<>();
  private final int limit;
  private int errors;

  public Diagnostics() {
    this(DEFAULT_LIMIT);
  }

  public Diagnostics(int limit) {
    this.limit = limit;
  }

  /** Records {@code diagnostic}; the same problem reported twice (say, by every page using one template) counts once. */
  public synchronized void add(Diagnostic diagnostic) {
    if (items.add(diagnostic) && diagnostic.isError()) {
      errors++;
    }
  }

  public void error(Code code, String path, Position at, String message, String hint) {
    add(new Diagnostic(Severity.ERROR, code, path, at.line(), at.column(), message, hint));
  }

  public void warning(Code code, String path, Position at, String message, String hint) {
    add(new Diagnostic(Severity.WARNING, code, path, at.line(), at.column(), message, hint));
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return items.size() - errors;
  }

  /** How many diagnostics {@link #sorted} leaves out because of the limit. */
  public synchronized int dropped() {
    return Math.max(0, items.size() - limit);
  }

  /** Every diagnostic recorded, uncapped and in no particular order: for merging into another collector. */
  public synchronized List<Diagnostic> all() {
    return List.copyOf(items);
  }

  /** The first diagnostics up to the limit, in reading order (file, line, column). */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(Diagnostic.READING_ORDER);
    return List.copyOf(copy.subList(0, Math.min(limit, copy.size())));
  }
}
