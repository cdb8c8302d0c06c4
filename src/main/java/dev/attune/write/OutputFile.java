package dev.attune.write;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of the built site: either bytes made by the build or a file copied as is.
 *
 * @param path the file's path inside the site, with '/' separators
 * @param origin what produced it (a source file), for collision messages
 */
public record OutputFile(String path, byte[] bytes, Path copyOf, String origin) {
  public OutputFile {
    Objects.requireNonNull(path, "path");
    if ((bytes == null) == (copyOf == null)) {
      throw new IllegalArgumentException("exactly one of bytes and copyOf: " + path);
    }
  }

  public static OutputFile of(String path, byte[] bytes, String origin) {
    return new OutputFile(path, bytes, null, origin);
  }

  public static OutputFile copy(String path, Path source, String origin) {
    return new OutputFile(path, null, source, origin);
  }

  public Optional<Path> source() {
    return Optional.ofNullable(copyOf);
  }
}
