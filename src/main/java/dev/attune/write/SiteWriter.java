package dev.attune.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes a site so that readers never see half of it: every file goes into a fresh folder next
 * to the output, which then takes the output's place. Files of an earlier build that the new one
 * does not make are gone with the old folder. If writing fails, the previous site stays as it was.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** Replaces {@code out} with exactly {@code files}. */
  public static void write(Collection<OutputFile> files, Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(target)) {
      target = target.toRealPath();
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = parent.resolve("." + target.getFileName() + ".attune-new");
    Path previous = parent.resolve("." + target.getFileName() + ".attune-old");
    deleteIfPresent(staging);
    deleteIfPresent(previous);
    try {
      Files.createDirectories(staging);
      for (OutputFile file : files) {
        Path destination = staging.resolve(file.path()).normalize();
        if (!destination.startsWith(staging)) {
          throw new IOException("output path escapes the site folder: " + file.path());
        }
        Files.createDirectories(destination.getParent());
        if (file.source().isPresent()) {
          Files.copy(file.source().get(), destination, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.write(destination, file.bytes());
        }
      }
      if (Files.exists(target)) {
        move(target, previous);
      }
      move(staging, target);
    } catch (IOException | RuntimeException e) {
      deleteIfPresent(staging);
      if (!Files.exists(target) && Files.exists(previous)) {
        move(previous, target);
      }
      throw e;
    }
    deleteIfPresent(previous);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteIfPresent(Path path) throws IOException {
    if (Files.exists(path)) {
      PathUtils.deleteDirectory(path);
    }
  }
}
