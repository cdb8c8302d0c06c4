package dev.attune.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock within one process; ConcurrentBuildsIT tries it across processes. */
class OutputLockTest {
  @TempDir Path dir;

  @Test
  void aSecondHolderIsRefusedUntilTheFirstLetsGo() throws Exception {
    Path file = dir.resolve(".site.attune-lock");
    try (OutputLock lock = OutputLock.acquire(file, "'site'")) {
      assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(file));
      OutputRefused refused = assertThrows(OutputRefused.class, () -> OutputLock.acquire(file, "'site'"));
      assertEquals("another Attune build is writing to 'site' right now", refused.getMessage());
      assertEquals("wait for it to finish and build again; two builds into one folder would mix their files", refused.hint());
    }
    assertFalse(Files.exists(file), "the lock file goes with the lock");
    try (OutputLock again = OutputLock.acquire(file, "'site'")) {
      assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(file));
    }
  }

  @Test
  void aLockFileLeftBehindIsReused() throws Exception {
    Path file = Files.writeString(dir.resolve(".site.attune-lock"), "12345");
    try (OutputLock lock = OutputLock.acquire(file, "'site'")) {
      assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(file));
    }
  }

  @Test
  void aFolderThatCannotHoldTheLockIsAnError() {
    assertThrows(IOException.class, () -> OutputLock.acquire(dir.resolve("missing/.site.attune-lock"), "'site'"));
    assertThrows(IOException.class, () -> OutputLock.acquire(dir.resolve("missing/.site.attune-lock"), "'site'"), "and the failure did not hold on");
  }
}
