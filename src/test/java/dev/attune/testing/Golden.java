package dev.attune.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with an expected file. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files after an intended change, then review the diff.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  public static void assertMatches(Path expectedFile, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual);
        return;
      }
      if (!Files.exists(expectedFile)) {
        fail("no expected file " + expectedFile + "; run with -Dgolden.update=true to create it");
      }
      assertEquals(Files.readString(expectedFile), actual, "output differs from " + expectedFile
          + " (if the change is intended, run with -Dgolden.update=true and review the diff)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
