package dev.attune.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealPathTest {
  @TempDir Path temp;

  private Path dir() throws IOException {
    return temp.toRealPath();
  }

  @Test
  void anExistingPathIsItsRealPath() throws IOException {
    Path folder = Files.createDirectories(dir().resolve("a/b"));
    assertEquals(folder, RealPath.of(dir().resolve("a/./b/../b")));
  }

  @Test
  void aMissingFolderUnderALinkLiesWhereTheLinkLeads() throws IOException {
    Path content = Files.createDirectories(dir().resolve("course/content"));
    Files.createSymbolicLink(dir().resolve("site"), content);
    assertEquals(content.resolve("new/deeper"), RealPath.of(dir().resolve("site/new/deeper")));
  }

  @Test
  void aDanglingLinkLeadsToItsTarget() throws IOException {
    Files.createSymbolicLink(dir().resolve("site"), Path.of("course/content/missing"));
    Files.createDirectories(dir().resolve("course/content"));
    assertEquals(dir().resolve("course/content/missing"), RealPath.of(dir().resolve("site")));
  }

  @Test
  void dotDotAfterALinkLeavesTheLinksTarget() throws IOException {
    Path deep = Files.createDirectories(dir().resolve("x/y/z"));
    Files.createSymbolicLink(dir().resolve("link"), deep);
    // The kernel resolves link/.. to x/y, not to the folder holding the link.
    assertEquals(dir().resolve("x/y/new"), RealPath.of(dir().resolve("link/../new")));
  }

  @Test
  void aRelativePathIsTakenFromTheWorkingFolder() throws IOException {
    assertEquals(Path.of("").toAbsolutePath().toRealPath().resolve("no-such-folder-here"), RealPath.of(Path.of("no-such-folder-here")));
  }

  @Test
  void aLinkLoopIsAnError() throws IOException {
    Files.createSymbolicLink(dir().resolve("a"), dir().resolve("b"));
    Files.createSymbolicLink(dir().resolve("b"), dir().resolve("a"));
    assertThrows(FileSystemException.class, () -> RealPath.of(dir().resolve("a/site")));
  }
}
