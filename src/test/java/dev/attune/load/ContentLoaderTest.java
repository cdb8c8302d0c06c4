package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.testing.FileNames;
import dev.attune.testing.TestCourses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private LoadedContent load(Path content) {
    return ContentLoader.load(content, "content", diagnostics);
  }

  @Test
  void readsTheBasicFixtureInCourseOrder() {
    LoadedContent content = load(TestCourses.content("basic"));
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals("Listening Basics", content.config().title());
    assertEquals(1, content.modules().size());
    assertTrue(content.modules().get(0).isImplicit());
    assertEquals(List.of("first-steps", "second-steps", "later"), content.lessons().stream().map(LessonSource::slug).toList());
    LessonMeta first = content.lessons().get(0).meta();
    assertEquals("First steps", first.title());
    assertEquals(OptionalInt.of(10), first.duration());
    assertEquals(List.of("Describe *active* listening.", "Name two habits that get in the way."), first.objectives());
    assertTrue(content.lessons().get(2).meta().draft());
    assertEquals(List.of("about", "glossary", "hidden"), content.pages().stream().map(PageSource::slug).toList());
    assertEquals(List.of("assets/img/talk.svg"), content.assets().stream().map(SourceFile::relativePath).toList());
    assertEquals("About this course", content.home().orElseThrow().title());
  }

  @Test
  void bodyLinesCountFromTheFileNotTheBody() {
    LessonSource first = load(TestCourses.content("basic")).lessons().get(0);
    assertEquals(11, first.source().bodyFirstLine());
    assertTrue(first.source().body().startsWith("## What listening is"));
  }

  @Test
  void ordersModulesByFolderAndLessonsByWeightThenNumber() {
    LoadedContent content = load(TestCourses.content("modules"));
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals(List.of("Basics", "Practice"), content.modules().stream().map(ModuleSource::title).toList());
    assertEquals(List.of("more", "intro"), content.modules().get(0).lessons().stream().map(LessonSource::slug).toList());
    assertEquals("The foundations.", content.modules().get(0).summary());
  }

  @Test
  void skipsHiddenAndUnderscoreFilesAndEditorBackups() {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve(".git/config"), "x");
    TestCourses.write(content.resolve("_drafts/x.md"), "x");
    TestCourses.write(content.resolve("lessons/01-a.md~"), "x");
    TestCourses.write(content.resolve("assets/.DS_Store"), "x");
    TestCourses.write(content.resolve("assets/a.png"), "png");
    LoadedContent loaded = load(content);
    assertEquals(List.of("assets/a.png"), loaded.assets().stream().map(SourceFile::relativePath).toList());
    assertEquals(List.of(), diagnostics.sorted());
  }

  @Test
  void filesThatSystemsAndEditorsLeaveAreNotPublishedAndSaySo() {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve("assets/Thumbs.db"), "x");
    TestCourses.write(content.resolve("assets/img/chart.png.bak"), "x");
    TestCourses.write(content.resolve("assets/img/chart.png"), "png");
    LoadedContent loaded = load(content);
    assertEquals(List.of("assets/img/chart.png"), loaded.assets().stream().map(SourceFile::relativePath).toList());
    String hint = "\n  hint: delete it; if it is meant to be published, rename it";
    assertEquals(List.of(
        "content/assets/Thumbs.db: warning: this looks like a thumbnail cache that Windows makes, not a file of the course, so it is not published [A0218]" + hint,
        "content/assets/img/chart.png.bak: warning: this looks like a backup copy, not a file of the course, so it is not published [A0218]" + hint),
        problems());
  }

  @Test
  void whatSystemsAndEditorsLeaveIsKnownByNameOrEnding() {
    assertEquals(java.util.Optional.of("a thumbnail cache that Windows makes"), LeftoverFiles.whatLeft("thumbs.DB"));
    assertEquals(java.util.Optional.of("a folder's settings that Windows makes"), LeftoverFiles.whatLeft("desktop.ini"));
    assertEquals(java.util.Optional.of("an editor's swap file"), LeftoverFiles.whatLeft("notes.txt.swp"));
    assertEquals(java.util.Optional.of("a download that did not finish"), LeftoverFiles.whatLeft("video.mp4.crdownload"));
    for (String kept : List.of("chart.png", "handout.pdf", ".bak", "my-thumbs.db", "part", "backup.zip")) {
      assertEquals(java.util.Optional.empty(), LeftoverFiles.whatLeft(kept), kept);
    }
  }

  @Test
  void aCourseMayKeepNotesOutsideItsFoldersWhenItSaysSo() {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\nstray_markdown: warning\n");
    TestCourses.write(content.resolve("NOTES.md"), "# Notes for authors\n");
    LoadedContent loaded = load(content);
    assertEquals(List.of("content/NOTES.md: warning: this Markdown file is not part of the course and is not published [A0212]"),
        diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList());
    assertEquals(List.of(), loaded.assets());
  }

  @Test
  void normalizesLineEndingsAndByteOrderMark() {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "\uFEFFtitle: T\r\n");
    TestCourses.write(content.resolve("lessons/01-a.md"), "---\r\ntitle: A\r\n---\r\nBody\r\n");
    LoadedContent loaded = load(content);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals("T", loaded.config().title());
    assertEquals("Body\n", loaded.lessons().get(0).source().body());
  }

  @Test
  void reportsFilesThatAreNotUtf8() throws Exception {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    java.nio.file.Files.createDirectories(content.resolve("lessons"));
    java.nio.file.Files.write(content.resolve("lessons/01-a.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
    load(content);
    assertEquals(List.of("content/lessons/01-a.md:2:1: error: the file is not valid UTF-8 text: the byte 0xFF here cannot be read as UTF-8 [A0202]"),
        diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.lines().findFirst().orElseThrow()).toList());
  }

  @Test
  void reportsAModuleFolderWithoutModuleFileAndLooseLessonsBesideModules() {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve("lessons/01-loose.md"), "---\ntitle: L\n---\n");
    TestCourses.write(content.resolve("lessons/02-mod/01-a.md"), "---\ntitle: A\n---\n");
    load(content);
    assertEquals(List.of(
        "content/lessons/01-loose.md: error: this course has module folders, so every lesson must be in one [A0214]",
        "content/lessons/02-mod/01-a.md: error: the module folder lessons/02-mod/ has no _module.yml [A0215]"),
        diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList());
  }

  // Links (symbolic links): followed only while they stay inside the content folder.

  private Path course() {
    Path content = dir.resolve("course/content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve("lessons/01-a.md"), "---\ntitle: A\n---\n");
    TestCourses.write(content.resolve("assets/pic.svg"), "<svg/>");
    TestCourses.write(dir.resolve("outside/secret.txt"), "secret");
    return content;
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }

  private static List<String> assets(LoadedContent loaded) {
    return loaded.assets().stream().map(SourceFile::relativePath).toList();
  }

  private static final String OUTSIDE_HINT = "\n  hint: copy what it leads to into the content folder instead of linking to it: "
      + "links are followed only when they stay inside the content folder";

  @Test
  void aLinkToAFileOutsideIsRefusedAndNamesWhereItLeads() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/passwd.txt"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(content.resolve("assets/secret.txt"), Path.of("../../../outside/secret.txt"));
    LoadedContent loaded = load(content);
    assertEquals(List.of("assets/pic.svg"), assets(loaded));
    String outside = dir.toRealPath().resolve("outside/secret.txt").toString();
    assertEquals(List.of(
        "content/assets/passwd.txt: error: this link leads to '/etc/passwd', outside the content folder [A0207]" + OUTSIDE_HINT,
        "content/assets/secret.txt: error: this link leads to '../../../outside/secret.txt' (" + outside + "), outside the content folder [A0207]" + OUTSIDE_HINT),
        problems());
  }

  @Test
  void aLinkToAFolderOutsideIsRefusedAtAnyDepth() throws Exception {
    Path content = course();
    Files.createDirectories(content.resolve("assets/a/b"));
    Files.createSymbolicLink(content.resolve("assets/a/b/c"), dir.resolve("outside"));
    Files.createSymbolicLink(content.resolve("lessons/02-passwd.md"), Path.of("/etc/passwd"));
    LoadedContent loaded = load(content);
    assertEquals(List.of("assets/pic.svg"), assets(loaded));
    assertEquals(List.of("a"), loaded.lessons().stream().map(LessonSource::slug).toList());
    assertEquals(List.of(
        "content/assets/a/b/c: error: this link leads to '" + dir.resolve("outside") + "', outside the content folder [A0207]" + OUTSIDE_HINT,
        "content/lessons/02-passwd.md: error: this link leads to '/etc/passwd', outside the content folder [A0207]" + OUTSIDE_HINT),
        problems());
  }

  @Test
  void linksThatStayInsideAreFollowedUnderTheirOwnName() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/alias.svg"), Path.of("pic.svg"));
    Files.createDirectories(content.resolve("more"));
    Files.createSymbolicLink(content.resolve("more/images"), Path.of("../assets"));
    Files.createSymbolicLink(content.resolve("lessons/02-b.md"), Path.of("01-a.md"));
    LoadedContent loaded = load(content);
    assertEquals(List.of(), problems());
    assertEquals(List.of("assets/alias.svg", "assets/pic.svg", "more/images/alias.svg", "more/images/pic.svg"), assets(loaded));
    assertEquals(List.of("a", "b"), loaded.lessons().stream().map(LessonSource::slug).toList());
  }

  @Test
  void theContentFolderMayItselfBeALink() throws Exception {
    Path content = course();
    Path link = Files.createSymbolicLink(dir.resolve("content-link"), content);
    LoadedContent loaded = ContentLoader.load(link, "content-link", diagnostics);
    assertEquals(List.of(), problems());
    assertEquals("T", loaded.config().title());
    assertEquals(List.of("assets/pic.svg"), assets(loaded));
    assertEquals("content-link/lessons/01-a.md", loaded.lessons().get(0).source().file().displayPath());
  }

  @Test
  void aLinkBackToAFolderThatHoldsItIsALoop() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/loop"), Path.of(".."));
    Files.createSymbolicLink(content.resolve("assets/round"), Path.of("round"));
    LoadedContent loaded = load(content);
    assertEquals(List.of("assets/pic.svg"), assets(loaded));
    assertEquals(List.of(
        "content/assets/loop: error: this link leads to '..' (" + content.toRealPath() + "), a folder that holds the link, so the folder would never end [A0208]\n"
            + "  hint: remove the link, or point it at a folder beside this one",
        "content/assets/round: error: this link cannot be followed: it leads round a circle of links [A0206]\n"
            + "  hint: point the link at a file in the content folder, or remove it"),
        problems());
  }

  @Test
  void aLinkThatLeadsNowhereIsAWarning() throws Exception {
    Path content = course();
    Files.createSymbolicLink(content.resolve("assets/gone.svg"), Path.of("nowhere.svg"));
    Files.createSymbolicLink(content.resolve(".#lock"), Path.of("nowhere"));
    assertEquals(List.of("assets/pic.svg"), assets(load(content)));
    assertEquals(List.of("content/assets/gone.svg: warning: this link leads nowhere, so nothing is published for it [A0205]\n"
        + "  hint: point the link at a file in the content folder, or remove it"), problems(), "a hidden link is ignored like any hidden file");
  }

  // Names

  @Test
  void lessonsNamedInAnyScriptGetTheirOwnSlugs() {
    FileNames.assumeUtf8();
    Path content = course();
    for (String name : List.of("02-日本語.md", "03-привет.md", "04-Ελληνικά.md")) {
      TestCourses.write(content.resolve("lessons/" + name), "---\ntitle: X\n---\n");
    }
    LoadedContent loaded = load(content);
    assertEquals(List.of(), problems());
    assertEquals(List.of("a", "日本語", "привет", "ελληνικά"), loaded.lessons().stream().map(LessonSource::slug).toList());
  }

  @Test
  void aNameWithoutLettersOrDigitsIsAnError() {
    FileNames.assumeUtf8();
    Path content = course();
    TestCourses.write(content.resolve("lessons/04-🙂.md"), "---\ntitle: X\n---\n");
    TestCourses.write(content.resolve("lessons/05-🎉🎉.md"), "---\ntitle: Y\n---\n");
    TestCourses.write(content.resolve("pages/✨/about.md"), "---\ntitle: Z\n---\n");
    LoadedContent loaded = load(content);
    assertEquals(List.of(
        "content/lessons/04-🙂.md: error: this file's name has no letter or digit to make its address of [A0213]\n"
            + "  hint: rename the file so that its name has a word in it, e.g. '04-welcome.md' (the address is made of its letters and digits)",
        "content/lessons/05-🎉🎉.md: error: this file's name has no letter or digit to make its address of [A0213]\n"
            + "  hint: rename the file so that its name has a word in it, e.g. '05-welcome.md' (the address is made of its letters and digits)",
        "content/pages/✨/about.md: error: the folder name '✨' has no letter or digit to make its address of [A0213]\n"
            + "  hint: rename the folder so that its name has a word in it, e.g. 'welcome' (the address is made of its letters and digits)"),
        problems(), "and no clash between the two lessons");
    assertEquals(3, loaded.lessons().stream().map(LessonSource::slug).distinct().count());
  }

  @Test
  void namesAreReadInNfcAndTwoFormsOfOneNameClash() throws Exception {
    FileNames.assumeUtf8();
    Path content = course();
    TestCourses.write(content.resolve("assets/cafe\u0301.svg"), "<svg/>");
    TestCourses.write(content.resolve("assets/d\u00E9j\u00E0.svg"), "<svg/>");
    TestCourses.write(content.resolve("assets/de\u0301ja\u0300.svg"), "<svg/>");
    LoadedContent loaded = load(content);
    assertEquals(List.of("assets/caf\u00E9.svg", "assets/d\u00E9j\u00E0.svg", "assets/pic.svg"), assets(loaded));
    assertEquals(content.resolve("assets/cafe\u0301.svg"), loaded.assets().get(0).file().toAbsolutePath(), "read from its name on disk");
    assertEquals(List.of("content/assets/d\u00E9j\u00E0.svg: error: two files have this name, written with different Unicode forms of the same letters [A0204]\n"
        + "  hint: rename or remove one of them: names are compared in Unicode NFC, as most editors write them"), problems());
  }

  @Test
  void aFileNameThatIsNotUtf8IsAnError() throws Exception {
    FileNames.assumeUtf8();
    Path content = course();
    // A name saved in Latin-1 ("café.svg" with é as the single byte 0xE9), made by a shell: Java cannot write one.
    Process touch = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'caf\\351.svg')\"").directory(content.resolve("assets").toFile()).start();
    assertEquals(0, touch.waitFor());
    LoadedContent loaded = load(content);
    assertEquals(List.of("assets/pic.svg"), assets(loaded));
    assertEquals(List.of("content/assets/caf\uFFFD.svg: error: this file's name is not valid UTF-8 (shown here with '\uFFFD' for what cannot be read) [A0203]\n"
        + "  hint: rename it: it was probably named on a system with another encoding"), problems());
  }

  @Test
  void aTextFileThatCannotBeReadIsListedAsUnreadable() throws Exception {
    Path content = course();
    Files.write(content.resolve("lessons/02-b.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9});
    Files.write(content.resolve("course.yml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9});
    LoadedContent loaded = load(content);
    assertEquals(java.util.Set.of("lessons/02-b.md", "course.yml"), loaded.unreadable());
    assertEquals(List.of("a"), loaded.lessons().stream().map(LessonSource::slug).toList());
    assertEquals(2, diagnostics.errorCount(), "only the two bad bytes: no missing course.yml, no missing title");
  }
}
