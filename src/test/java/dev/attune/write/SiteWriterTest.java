package dev.attune.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path dir;

  private static OutputFile text(String path, String text) {
    return OutputFile.of(path, text.getBytes(StandardCharsets.UTF_8), "test");
  }

  @Test
  void writesFilesAndCopies() throws IOException {
    Path source = Files.writeString(dir.resolve("img.svg"), "<svg/>");
    Path site = dir.resolve("site");
    SiteWriter.write(List.of(text("index.html", "home"), OutputFile.copy("assets/img.svg", source, "img")), site);
    assertEquals("home", Files.readString(site.resolve("index.html")));
    assertEquals("<svg/>", Files.readString(site.resolve("assets/img.svg")));
  }

  @Test
  void removesFilesThatTheNewBuildDoesNotMake() throws IOException {
    Path site = dir.resolve("site");
    SiteWriter.write(List.of(text("index.html", "v1"), text("old/index.html", "old")), site);
    SiteWriter.write(List.of(text("index.html", "v2")), site);
    assertEquals("v2", Files.readString(site.resolve("index.html")));
    assertFalse(Files.exists(site.resolve("old")));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(site), siblings.toList(), "no staging folders left behind");
    }
  }

  @Test
  void aFailedWriteLeavesThePreviousSiteAsItWas() throws IOException {
    Path site = dir.resolve("site");
    SiteWriter.write(List.of(text("index.html", "v1")), site);
    OutputFile missing = OutputFile.copy("gone.png", dir.resolve("does-not-exist.png"), "gone");
    assertThrows(IOException.class, () -> SiteWriter.write(List.of(text("index.html", "v2"), missing), site));
    assertEquals("v1", Files.readString(site.resolve("index.html")));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(site), siblings.toList());
    }
  }

  @Test
  void refusesPathsThatEscapeTheSite() {
    assertThrows(IOException.class, () -> SiteWriter.write(List.of(text("../evil.html", "x")), dir.resolve("site")));
    assertFalse(Files.exists(dir.resolve("evil.html")));
  }

  @Test
  void pagesAreFoldersWithAnIndex() {
    assertEquals("index.html", OutputLayout.file(""));
    assertEquals("lessons/a/index.html", OutputLayout.file(OutputLayout.lesson("", "a")));
    assertEquals("lessons/m/a/index.html", OutputLayout.file(OutputLayout.lesson("m", "a")));
    assertEquals("404.html", OutputLayout.file(OutputLayout.NOT_FOUND));
  }
}
