package dev.attune.write;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path the file system will really use for a folder, with every symbolic link followed, even
 * when the folder (or the end of a dangling link) does not exist yet. Safety checks compare these,
 * because the writer follows links: {@code site -> content} must count as the content folder.
 */
public final class RealPath {
  /** Linux gives up after 40 links in one lookup; so do we, to stop on link loops. */
  private static final int MAX_LINKS = 40;

  private RealPath() {}

  public static Path of(Path path) throws IOException {
    Path absolute = path.toAbsolutePath();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    Deque<String> names = new ArrayDeque<>();
    absolute.forEach(name -> names.addLast(name.toString()));
    Path current = absolute.getRoot();
    int links = 0;
    while (!names.isEmpty()) {
      String name = names.removeFirst();
      if (name.equals(".") || name.isEmpty()) {
        continue;
      }
      if (name.equals("..")) {
        // current is already real, so its parent is the right one even after a link.
        current = current.getParent() == null ? current : current.getParent();
        continue;
      }
      Path next = current.resolve(name);
      if (Files.isSymbolicLink(next)) {
        if (++links > MAX_LINKS) {
          throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
        }
        Path target = Files.readSymbolicLink(next);
        Deque<String> rest = new ArrayDeque<>();
        target.forEach(part -> rest.addLast(part.toString()));
        for (String part : reversed(rest)) {
          names.addFirst(part);
        }
        if (target.isAbsolute()) {
          current = target.getRoot();
        }
      } else if (Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
        // Follows the file system's own spelling (case-insensitive systems, Unicode forms).
        current = next.toRealPath();
      } else {
        current = next;
      }
    }
    return current;
  }

  private static Iterable<String> reversed(Deque<String> names) {
    return names::descendingIterator;
  }
}
