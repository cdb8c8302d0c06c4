package dev.attune.pipeline;

import dev.attune.write.OutputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A built site held in memory, for the preview server: made files as bytes, copied files as the
 * source they are copied from. Filled by one build, then only read.
 */
public final class MemorySite {
  /** A file of the site: bytes the build made, or a course file served as it is. */
  public record File(byte[] bytes, Path source) {}

  private final Map<String, File> files = new ConcurrentHashMap<>();

  void put(OutputFile file) {
    files.put(file.path(), new File(file.bytes(), file.source().orElse(null)));
  }

  /** The file at {@code path} ('/'-separated, relative to the site's root, no leading '/'). */
  public Optional<File> get(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** Every file's path, sorted. */
  public List<String> paths() {
    return files.keySet().stream().sorted().toList();
  }
}
