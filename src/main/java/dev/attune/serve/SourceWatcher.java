package dev.attune.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells whether any file under some folders changed since last asked. It compares a fingerprint
 * of every file's path, size and modification time: simpler and more dependable across file
 * systems and editors (which often replace a file rather than write to it) than change events.
 */
final class SourceWatcher {
  private final List<Path> folders;
  private long last;

  SourceWatcher(List<Path> folders) {
    this.folders = List.copyOf(folders);
    this.last = fingerprint();
  }

  /** Whether something changed since the previous call (or since construction). */
  boolean changed() {
    long now = fingerprint();
    boolean changed = now != last;
    last = now;
    return changed;
  }

  long fingerprint() {
    long hash = 17;
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted().toList()) {
          BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
          hash = 31 * hash + path.hashCode();
          hash = 31 * hash + attributes.size();
          hash = 31 * hash + attributes.lastModifiedTime().toMillis();
        }
      } catch (IOException e) {
        // A file vanished between listing and reading it: something is changing right now.
        return hash ^ System.nanoTime();
      } catch (UncheckedIOException e) {
        return hash ^ System.nanoTime();
      }
    }
    return hash;
  }
}
