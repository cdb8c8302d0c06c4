package dev.attune.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a second build from writing the same output folder while one is at work. It is an
 * operating-system lock on a file beside the folder, so it is released when the process ends,
 * however it ends: a killed build never leaves a stale lock behind.
 */
public final class OutputLock implements AutoCloseable {
  /**
   * Locks this process holds. A POSIX lock is per process, and closing any channel to the file
   * drops every lock the process has on it; so a second build in the same process must be turned
   * away before it opens the file, not by the operating system.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;

  private OutputLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Takes the lock held in {@code file}, or refuses when another build holds it.
   *
   * @param folderName how messages name the output folder
   */
  public static OutputLock acquire(Path file, String folderName) throws OutputRefused, IOException {
    Path key = file.toAbsolutePath().normalize();
    if (!HELD.add(key)) {
      throw busy(folderName, "");
    }
    try {
      // A holder deletes the file before it lets go, so the file locked may be gone from its name
      // by the time the lock is ours: then we try again. The check compares file keys (stat), not
      // contents, because opening and closing the file again would drop this process's lock on it.
      for (int attempt = 0; attempt < 100; attempt++) {
        Optional<Object> before = fileKey(key);
        FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
          if (!locked(channel)) {
            channel.close();
            throw busy(folderName, holder(key));
          }
          Optional<Object> after = fileKey(key);
          if ((before.isPresent() && before.equals(after)) || (after.isEmpty() && Files.exists(key))) {
            byte[] pid = String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            return new OutputLock(key, channel);
          }
          channel.close();
        } catch (IOException | RuntimeException e) {
          channel.close();
          throw e;
        }
      }
      throw new IOException("could not lock " + key + ": another program keeps replacing it");
    } catch (OutputRefused | IOException | RuntimeException e) {
      HELD.remove(key);
      throw e;
    }
  }

  /**
   * The file's identity (device and inode), if it exists. Systems without file keys (Windows)
   * also do not let a file that is open be deleted, so there the check is not needed.
   */
  private static Optional<Object> fileKey(Path file) {
    try {
      return Optional.ofNullable(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean locked(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      return false;
    }
  }

  /**
   * Deletes the lock file, then lets go of the lock. Never fails: if the file cannot be deleted,
   * the next build simply reuses it, and the operating system drops the lock with the process.
   */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // See above: a lock file left behind is harmless.
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Closing releases the lock; if even that fails, the end of the process does.
    } finally {
      HELD.remove(file);
    }
  }

  private static OutputRefused busy(String folderName, String holder) {
    String who = holder.isEmpty() ? "another Attune build" : "another Attune build (process " + holder + ")";
    return new OutputRefused(who + " is writing to " + folderName + " right now",
        "wait for it to finish and build again; two builds into one folder would mix their files");
  }

  /** The process id the holder wrote, or empty when it has not written it yet. */
  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.matches("\\d+") ? text : "";
    } catch (IOException e) {
      // Gone or unreadable: the holder is unknown, which only makes the message shorter.
      return "";
    }
  }
}
