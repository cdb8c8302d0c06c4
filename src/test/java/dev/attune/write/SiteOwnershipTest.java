package dev.attune.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.TestCourses;
import dev.attune.write.SiteOwnership.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOwnershipTest {
  @TempDir Path dir;

  private static final String GENERATOR = "<!doctype html><meta name=\"generator\" content=\"Attune\"><title>x</title>";

  @Test
  void aMissingOrEmptyFolderMayBeReplaced() throws IOException {
    assertEquals(new SiteOwnership(State.ABSENT, List.of()), SiteOwnership.of(dir.resolve("site")));
    Files.createDirectories(dir.resolve("site"));
    assertEquals(new SiteOwnership(State.EMPTY, List.of()), SiteOwnership.of(dir.resolve("site")));
    assertTrue(SiteOwnership.of(dir.resolve("site")).replaceable());
  }

  @Test
  void aMarkedSiteWithOnlyItsOwnFilesMayBeReplaced() throws IOException {
    Path site = dir.resolve("site");
    TestCourses.write(site.resolve("index.html"), "x");
    TestCourses.write(site.resolve("lessons/a/index.html"), "x");
    Files.write(site.resolve(SiteMarker.NAME), SiteMarker.of(List.of("index.html", "lessons/a/index.html", "gone.html")));
    assertEquals(new SiteOwnership(State.MARKED, List.of()), SiteOwnership.of(site));
  }

  @Test
  void filesAddedToAMarkedSiteAreForeign() throws IOException {
    Path site = dir.resolve("site");
    TestCourses.write(site.resolve("index.html"), "x");
    TestCourses.write(site.resolve("CNAME"), "example.org");
    TestCourses.write(site.resolve("lessons/notes.txt"), "mine");
    Files.createSymbolicLink(site.resolve("link"), dir);
    Files.write(site.resolve(SiteMarker.NAME), SiteMarker.of(List.of("index.html")));
    SiteOwnership ownership = SiteOwnership.of(site);
    assertEquals(new SiteOwnership(State.MARKED, List.of("CNAME", "lessons/notes.txt", "link")), ownership);
    assertFalse(ownership.replaceable());
  }

  @Test
  void aSiteFromBeforeTheMarkerIsKnownByItsGeneratorTagAndThemeFolder() throws IOException {
    Path site = dir.resolve("site");
    TestCourses.write(site.resolve("index.html"), GENERATOR);
    TestCourses.write(site.resolve("theme/css/attune.css"), "body{}");
    assertEquals(new SiteOwnership(State.EARLIER_ATTUNE, List.of()), SiteOwnership.of(site));
  }

  @Test
  void theGeneratorTagAloneIsNotEnough() throws IOException {
    Path site = dir.resolve("site");
    TestCourses.write(site.resolve("index.html"), GENERATOR);
    TestCourses.write(site.resolve("notes.txt"), "mine");
    assertEquals(new SiteOwnership(State.FOREIGN, List.of("index.html", "notes.txt")), SiteOwnership.of(site));
  }

  @Test
  void aFolderOfSomeoneElsesFilesIsForeignAndNamedByItsTopLevel() throws IOException {
    Path docs = dir.resolve("docs");
    TestCourses.write(docs.resolve("report.odt"), "x");
    TestCourses.write(docs.resolve("photos/2024/a.jpg"), "x");
    TestCourses.write(docs.resolve(".hidden"), "x");
    SiteOwnership ownership = SiteOwnership.of(docs);
    assertEquals(new SiteOwnership(State.FOREIGN, List.of(".hidden", "photos/", "report.odt")), ownership);
    assertFalse(ownership.replaceable());
  }

  @Test
  void aMarkerThatIsNotOursMakesNoSiteOfAFolder() throws IOException {
    Path docs = dir.resolve("docs");
    TestCourses.write(docs.resolve(SiteMarker.NAME), "something else");
    assertEquals(State.FOREIGN, SiteOwnership.of(docs).state());
  }
}
