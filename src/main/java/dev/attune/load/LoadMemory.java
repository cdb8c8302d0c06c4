package dev.attune.load;

import dev.attune.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown files one load read, for the next load in the same process (the preview server):
 * every file is read again each time, but a file whose text is as before keeps the source made
 * from it, without its front matter being parsed again, and with the diagnostics it had.
 */
public final class LoadMemory {
  /** A file as read: what it is, which file, how diagnostics name it, and all its text. */
  record Key(String kind, String file, String relativePath, String displayPath, String text) {}

  /** What reading it made, and what it reported. */
  record Entry(Object source, List<Diagnostic> diagnostics) {}

  private volatile Map<Key, Entry> previous = Map.of();
  private final Map<Key, Entry> current = new ConcurrentHashMap<>();

  Entry get(Key key) {
    return previous.get(key);
  }

  void put(Key key, Entry entry) {
    current.put(key, entry);
  }

  /** Ends a load: what it read becomes what the next one may reuse; files it did not read are forgotten. */
  void finish() {
    previous = Map.copyOf(current);
    current.clear();
  }
}
