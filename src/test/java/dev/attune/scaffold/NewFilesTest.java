package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewFilesTest {
  @TempDir Path dir;

  @Test
  void writesNewFilesInNewFolders() throws Exception {
    NewFiles files = new NewFiles();
    files.write(dir.resolve("a/b/one.md"), "one");
    files.write(dir.resolve("a/two.md"), "two");
    assertEquals("one", Files.readString(dir.resolve("a/b/one.md")));
    assertEquals(List.of(dir.resolve("a/b/one.md"), dir.resolve("a/two.md")), files.files());
  }

  @Test
  void neverReplacesAFile() throws Exception {
    Files.writeString(dir.resolve("one.md"), "mine");
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> new NewFiles().write(dir.resolve("one.md"), "new"));
    assertEquals("'" + dir.resolve("one.md") + "' exists already, and attune new never replaces a file", refused.getMessage());
    assertEquals("mine", Files.readString(dir.resolve("one.md")));
  }

  @Test
  void undoRemovesWhatWasMadeAndNothingElse() throws Exception {
    Files.writeString(dir.resolve("mine.md"), "mine");
    Files.writeString(dir.resolve("pages"), "a file where a folder must go");
    NewFiles files = new NewFiles();
    files.write(dir.resolve("course/lessons/01-a.md"), "a");
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> files.write(dir.resolve("pages/b.md"), "b"));
    assertEquals("'" + dir.resolve("pages") + "' is a file, where a folder is needed", refused.getMessage());
    files.undo();
    assertFalse(Files.exists(dir.resolve("course")));
    assertTrue(Files.isRegularFile(dir.resolve("mine.md")));
    assertEquals(List.of(), files.files());
  }
}
