package dev.attune.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything under a folder, links included and never followed: for tests that prove a command
 * changed nothing it should not have, byte for byte.
 */
public final class Tree {
  private Tree() {}

  /** Relative path to what is there: a folder, a link and its target, or a file's size, hash and time. */
  public static Map<String, String> snapshot(Path root) {
    return snapshot(root, path -> true);
  }

  /** As above, for the entries (and what lies under them) that {@code keep} accepts. */
  public static Map<String, String> snapshot(Path root, Predicate<String> keep) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.toList()) {
        String name = root.relativize(path).toString().replace('\\', '/');
        if (!keep.test(name)) {
          continue;
        }
        if (Files.isSymbolicLink(path)) {
          entries.put(name, "link -> " + Files.readSymbolicLink(path));
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(name, "folder");
        } else {
          byte[] bytes = Files.readAllBytes(path);
          entries.put(name, "file " + bytes.length + " " + sha256(bytes) + " " + Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** Everything under {@code root} except the site folder {@code site} and Attune's folders beside it. */
  public static Map<String, String> outsideSite(Path root, Path site) {
    String name = root.relativize(site).toString().replace('\\', '/');
    String siblings = root.relativize(site.resolveSibling("." + site.getFileName() + ".attune-")).toString().replace('\\', '/');
    return snapshot(root, path -> !path.equals(name) && !path.startsWith(name + "/") && !path.startsWith(siblings));
  }

  /** What a site holds, for comparing two builds: each file's size and hash, each link's target. */
  public static Map<String, String> files(Path root) {
    Map<String, String> files = new TreeMap<>();
    snapshot(root).forEach((path, entry) -> {
      if (!entry.equals("folder")) {
        files.put(path, entry.startsWith("file ") ? entry.substring(0, entry.lastIndexOf(' ')) : entry);
      }
    });
    return files;
  }

  /**
   * What a build leaves beside its site {@code name} besides the site itself and its build cache:
   * nothing, once the build is over (no staging folder, no lock).
   */
  public static List<String> leftBeside(Path folder, String name) {
    return names(folder, name).stream().filter(entry -> !entry.equals(name) && !entry.equals("." + name + ".attune-cache")).toList();
  }

  /** The names of the entries directly in {@code folder} that contain {@code part}, sorted. */
  public static List<String> names(Path folder, String part) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).filter(name -> name.contains(part)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
