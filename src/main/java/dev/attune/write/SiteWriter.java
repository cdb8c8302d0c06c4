package dev.attune.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/**
 * Replaces a site so that readers never see half of it, and so that a build stopped at any moment
 * can be set right by the next one. Every file goes into a staging folder beside the site
 * ({@code .site.attune-new}); the old site is moved aside ({@code .site.attune-old}), the new one
 * moved into its place, and the old one deleted. Those two siblings are Attune's own: nothing else
 * outside the site is written or deleted.
 */
final class SiteWriter {
  private final Path target;
  private final Path staging;
  private final Path previous;
  private final String display;

  /**
   * @param target the site folder, a real path whose parent exists
   * @param display how messages name the site folder
   */
  SiteWriter(Path target, String display) {
    this.target = target;
    this.staging = OutputLayout.sibling(target, "new");
    this.previous = OutputLayout.sibling(target, "old");
    this.display = display;
  }

  /**
   * Finishes what a stopped build left: the site is put back when it was moved aside and not
   * replaced, and the leftover folders are deleted. Returns what was done, one sentence each.
   */
  List<String> recover() throws IOException {
    List<String> done = new ArrayList<>();
    if (exists(previous)) {
      if (exists(target)) {
        deleteTree(previous);
        done.add("removed " + name(previous) + ", the previous site that a stopped build had not yet deleted");
      } else {
        move(previous, target);
        done.add("put the previous site back into " + name(target) + ": a build was stopped while replacing it");
      }
    }
    if (exists(staging)) {
      deleteTree(staging);
      done.add("removed " + name(staging) + ", the unfinished site of a stopped build");
    }
    return done;
  }

  /** Replaces the site with exactly {@code files} and the marker that lists them. */
  void write(Collection<OutputFile> files, WriteListener listener) throws IOException {
    Staging staging = begin(() -> {});
    try {
      int done = 0;
      for (OutputFile file : files) {
        staging.write(file);
        listener.written(++done, files.size());
      }
    } catch (IOException | RuntimeException e) {
      staging.discard();
      throw e;
    }
    staging.swap(listener);
  }

  /**
   * Starts a new site in the staging folder, to be filled (from any number of threads) and then
   * published in one step once {@code check} passes, or discarded.
   */
  Staging begin(Staging.PublishCheck check) throws IOException {
    if (exists(staging) || exists(previous)) {
      throw new IllegalStateException("recover() must run before begin(): " + staging + " or " + previous + " exists");
    }
    Files.createDirectory(staging);
    return new Staging(this, check);
  }

  /** Writes one file into the staging folder; safe to call from several threads for different files. */
  void stage(OutputFile file) throws IOException {
    if (file.path().equals(SiteMarker.NAME)) {
      throw new IllegalArgumentException(SiteMarker.NAME + " is the marker's name; no page may use it");
    }
    Path destination = staging.resolve(file.path()).normalize();
    if (!destination.startsWith(staging) || destination.equals(staging)) {
      throw new IOException("output path escapes the site folder: " + file.path());
    }
    Files.createDirectories(destination.getParent());
    if (file.source().isPresent()) {
      Files.copy(file.source().get(), destination);
    } else {
      Files.write(destination, file.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }

  /** Writes the marker listing {@code paths}, then swaps the staging folder in for the site. */
  void swap(Collection<String> paths, WriteListener listener) throws IOException {
    try {
      // Last, so that a folder with a marker is always a whole site.
      Files.write(staging.resolve(SiteMarker.NAME), SiteMarker.of(paths));
      listener.reached(WriteListener.Step.STAGED);
      if (exists(target)) {
        move(target, previous);
        listener.reached(WriteListener.Step.SET_ASIDE);
      }
      move(staging, target);
      listener.reached(WriteListener.Step.PUBLISHED);
    } catch (IOException | RuntimeException e) {
      discard();
      throw e;
    }
    deleteTree(previous);
    listener.reached(WriteListener.Step.CLEANED);
  }

  /** Deletes the staging folder, and puts the previous site back if it had been moved aside. */
  void discard() throws IOException {
    deleteTree(staging);
    if (!exists(target) && exists(previous)) {
      move(previous, target);
    }
  }

  private String name(Path sibling) {
    return "'" + Path.of(display).resolveSibling(sibling.getFileName()) + "'";
  }

  private static boolean exists(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and what it holds; links are deleted, never followed. */
  private static void deleteTree(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      PathUtils.deleteDirectory(path);
    } else {
      Files.deleteIfExists(path);
    }
  }
}
