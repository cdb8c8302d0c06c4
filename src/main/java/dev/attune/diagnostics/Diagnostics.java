package dev.attune.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one build. Parsers record problems here and carry on, so an author
 * sees every mistake in one run rather than one per run. The list is capped so that a badly broken
 * file cannot flood the terminal.
 */
public final class Diagnostics {
  public static final int DEFAULT_LIMIT = 500;

  private final List<Diagnostic> items = new ArrayList<>();
  private final Set<Diagnostic> seen = new HashSet<>();
  private final int limit;
  private int dropped;
  private int errors;

  public Diagnostics() {
    this(DEFAULT_LIMIT);
  }

  public Diagnostics(int limit) {
    this.limit = limit;
  }

  /** Records {@code diagnostic}; the same problem reported twice (say, by every page using one template) counts once. */
  public synchronized void add(Diagnostic diagnostic) {
    if (!seen.add(diagnostic)) {
      return;
    }
    if (diagnostic.isError()) {
      errors++;
    }
    if (items.size() < limit) {
      items.add(diagnostic);
    } else {
      dropped++;
    }
  }

  public void error(String path, Position at, String message, String hint) {
    add(new Diagnostic(Severity.ERROR, path, at.line(), at.column(), message, hint));
  }

  public void warning(String path, Position at, String message, String hint) {
    add(new Diagnostic(Severity.WARNING, path, at.line(), at.column(), message, hint));
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return items.size() + dropped - errors;
  }

  /** How many diagnostics were not kept because the limit was reached. */
  public synchronized int dropped() {
    return dropped;
  }

  /** The kept diagnostics in reading order (file, line, column). */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(Diagnostic.READING_ORDER);
    return List.copyOf(copy);
  }
}
