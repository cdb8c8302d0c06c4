package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFolderTest {
  @TempDir Path dir;

  private SourceFolder folder(String... names) throws Exception {
    for (String name : names) {
      Path path = dir.resolve(name);
      if (name.endsWith("/")) {
        Files.createDirectories(path);
      } else {
        Files.writeString(path, "");
      }
    }
    return SourceFolder.of(dir);
  }

  @Test
  void theNextNumberFollowsTheHighest() throws Exception {
    SourceFolder folder = folder("01-first.md", "07-seventh.md", "intro.md");
    assertEquals(8, folder.nextNumber());
    assertEquals("08-listening.md", folder.nameFor(Title.of("Listening", "lesson"), true));
  }

  @Test
  void onlyTheCoursesMarkdownFilesCount() throws Exception {
    SourceFolder folder = folder("01-first.md", "09-notes.txt", "12-folder.md/", ".13-hidden.md", "_14-draft.md", "15-backup.md~", "99-x.md.bak");
    assertEquals(List.of("01-first.md"), folder.names());
    assertEquals(2, folder.nextNumber());
  }

  @Test
  void aMissingFolderHasNoFilesAndStartsAtOne() throws Exception {
    SourceFolder folder = SourceFolder.of(dir.resolve("lessons"));
    assertEquals(List.of(), folder.names());
    assertEquals("01-welcome.md", folder.nameFor(Title.of("Welcome", "lesson"), true));
    assertFalse(folder.isNumbered());
  }

  @Test
  void unnumberedNamesStayUnnumberedUnlessTheTitleStartsWithANumber() throws Exception {
    SourceFolder folder = folder("glossary.md");
    assertFalse(folder.isNumbered());
    assertEquals("about.md", folder.nameFor(Title.of("About", "page"), false));
    assertEquals("2024.md", folder.nameFor(Title.of("2024", "page"), false));
    assertEquals("01-2024-review.md", folder.nameFor(Title.of("2024 review", "page"), false));
    assertTrue(folder("03-about.md").isNumbered());
  }

  @Test
  void findsTheFileAtAnAddress() throws Exception {
    SourceFolder folder = folder("01-welcome.md", "glossary.md");
    assertEquals(Optional.of("01-welcome.md"), folder.withSlug("welcome"));
    assertEquals(Optional.of("glossary.md"), folder.withSlug("glossary"));
    assertEquals(Optional.empty(), folder.withSlug("about"));
  }
}
