package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.testing.TestCourses;
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
    assertEquals(List.of("content/lessons/01-a.md: error: the file is not valid UTF-8 text"),
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
        "content/lessons/01-loose.md: error: this course has module folders, so every lesson must be in one",
        "content/lessons/02-mod/01-a.md: error: the module folder lessons/02-mod/ has no _module.yml"),
        diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList());
  }
}
