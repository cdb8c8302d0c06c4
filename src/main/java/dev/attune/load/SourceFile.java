package dev.attune.load;

import java.nio.file.Path;

/**
 * A file of the course as read from disk.
 *
 * @param file where it is on disk
 * @param relativePath its path inside the content folder, with '/' separators
 * @param displayPath how diagnostics name it (as the author typed the content folder)
 */
public record SourceFile(Path file, String relativePath, String displayPath) {

  /** The folder part of {@link #relativePath}, empty at the top of the content folder. */
  public String folder() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }

  /** The file name without its folders. */
  public String name() {
    return relativePath.substring(relativePath.lastIndexOf('/') + 1);
  }
}
