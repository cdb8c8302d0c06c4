package dev.attune.write;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A new site being written beside the old one: files go in as soon as they are made, from any
 * number of threads, and readers see nothing of it until {@link #publish} swaps it in whole. A
 * build that fails calls {@link #discard}, and the previous site stays as it was.
 */
public final class Staging {
  private final SiteWriter writer;
  private final Set<String> paths = ConcurrentHashMap.newKeySet();
  private final PublishCheck check;

  /** What must hold just before the swap (the folder still holds only files Attune made). */
  interface PublishCheck {
    void run() throws OutputRefused, IOException;
  }

  /** @param check what {@link #publish} makes sure of first */
  Staging(SiteWriter writer, PublishCheck check) {
    this.writer = writer;
    this.check = check;
  }

  /** Writes {@code file} into the new site. Two files with one path are a mistake of the caller's. */
  public void write(OutputFile file) throws IOException {
    if (!paths.add(file.path())) {
      throw new IllegalArgumentException("written twice: " + file.path());
    }
    writer.stage(file);
  }

  /** Makes the new site the site, in one step; the staging folder is gone afterwards, whatever happens. */
  public void publish(WriteListener listener) throws OutputRefused, IOException {
    try {
      check.run();
    } catch (OutputRefused | IOException | RuntimeException e) {
      writer.discard();
      throw e;
    }
    swap(listener);
  }

  /** Publishes without looking at the folder again: for a caller that has just done so. */
  void swap(WriteListener listener) throws IOException {
    writer.swap(paths, listener);
  }

  /** Throws the new site away; the previous one stays. */
  public void discard() throws IOException {
    writer.discard();
  }
}
