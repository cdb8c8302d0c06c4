package dev.attune.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Calls back when a file under some folders changes. The platform's file events (inotify on Linux)
 * say so within milliseconds; a scan of every file's path, size and modification time, every
 * {@code scanInterval}, catches what events miss (network drives, editors that replace files in
 * odd ways, platforms whose Java has no real events), and after each rebuild the scan's picture is
 * refreshed so that one save never counts twice.
 */
final class SourceWatcher implements AutoCloseable {
  /** Editors write a save as several events; wait this long for quiet before rebuilding. */
  private static final long SETTLE_MILLIS = 15;

  private List<Path> folders;
  private final Duration scanInterval;
  private final WatchService events;
  /** The folders whose trees have file events; a folder that does not exist yet gets them once it does. */
  private final Set<Path> registered = new HashSet<>();
  private long last;

  /** Watches {@code folders}, which need not exist yet: the scan sees one being made. */
  SourceWatcher(List<Path> folders, Duration scanInterval) throws IOException {
    this.folders = List.copyOf(folders);
    this.scanInterval = scanInterval;
    this.events = realEvents() ? FileSystems.getDefault().newWatchService() : null;
    registerNew();
    this.last = fingerprint();
  }

  /**
   * Watches {@code folders} from now on, instead of the folders before: a rebuild can find the
   * sources elsewhere (course.yml names another theme folder). Called between changes, by the
   * thread that waits for them; also gives file events to a folder that was made since.
   */
  void watch(List<Path> folders) {
    if (!folders.equals(this.folders)) {
      this.folders = List.copyOf(folders);
      last = fingerprint();
    }
    registerNew();
  }

  private void registerNew() {
    if (events == null) {
      return;
    }
    for (Path folder : folders) {
      if (Files.isDirectory(folder) && registered.add(folder)) {
        register(folder);
      }
    }
  }

  /** Java on macOS "watches" by scanning every few seconds: no better than our own scan. */
  private static boolean realEvents() {
    try (WatchService service = FileSystems.getDefault().newWatchService()) {
      return !service.getClass().getName().contains("Polling");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Waits for the next change and returns; returns false when the watcher was closed. Meant for
   * one thread that loops, rebuilding after each return.
   */
  boolean awaitChange() throws InterruptedException {
    while (true) {
      boolean changed;
      try {
        WatchKey key = events == null ? sleep() : events.poll(scanInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          drain(key);
          WatchKey more;
          while ((more = events.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            drain(more);
          }
          changed = true;
        } else {
          changed = fingerprint() != last;
        }
      } catch (ClosedWatchServiceException e) {
        return false;
      }
      if (changed) {
        if (events == null) {
          last = fingerprint();
        }
        return true;
      }
    }
  }

  /**
   * Called once the rebuild that followed a change is done: the scan's picture is taken now, not
   * before the rebuild, so that it does not delay the rebuild (with file events, a change made
   * meanwhile still arrives as an event).
   */
  void settled() {
    if (events != null) {
      last = fingerprint();
    }
  }

  private WatchKey sleep() throws InterruptedException {
    Thread.sleep(scanInterval.toMillis());
    return null;
  }

  /** Takes a key's events, watching any folder that was just made. */
  private void drain(WatchKey key) {
    Path folder = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      if (event.context() instanceof Path name) {
        Path path = folder.resolve(name);
        if (Files.isDirectory(path)) {
          register(path);
        }
      }
    }
    key.reset();
  }

  private void register(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> folders = Files.walk(folder)) {
      for (Path path : folders.filter(Files::isDirectory).toList()) {
        path.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
      }
    } catch (IOException | UncheckedIOException e) {
      // A folder vanished while being registered; the scan still sees whatever happens there.
    }
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

  @Override
  public void close() {
    if (events != null) {
      try {
        events.close();
      } catch (IOException e) {
        // Closing is the end of it either way.
      }
    }
  }
}
