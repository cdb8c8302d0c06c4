package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Ids;
import dev.attune.testing.FileNames;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldTest {
  @TempDir Path dir;

  private Path newCourse() throws ScaffoldRefused {
    Scaffold.course(dir.resolve("course"), Optional.of("Listening"));
    return dir.resolve("course/content");
  }

  private static String relative(Path content, Path file) {
    return content.relativize(file).toString().replace('\\', '/');
  }

  @Test
  void aNewCourseHasEveryPartAndBuildsWithoutAWarning() throws Exception {
    List<Path> files = Scaffold.course(dir.resolve("course"), Optional.of("Listening"));
    Path content = dir.resolve("course/content");
    assertEquals(List.of("course.yml", "index.md", "lessons/01-welcome.md", "lessons/02-quizzes-and-worksheets.md",
        "worksheets/planning-your-course.md", "pages/glossary.md"), files.stream().map(f -> relative(content, f)).toList());
    // Home, two lessons, the glossary, the worksheet's page, the worksheets page, the answer key, 404.
    assertEquals(8, CourseCheck.clean(content));
    assertTrue(Files.readString(content.resolve("course.yml")).startsWith("# The course's title"), "course.yml explains itself");
    assertTrue(Files.readString(content.resolve("course.yml")).contains("\ntitle: Listening  #"));
    assertTrue(Files.readString(content.resolve("course.yml")).contains("\nid: listening  #"));
  }

  @Test
  void aNewCourseIsTitledAfterItsFolderUnlessTold() throws Exception {
    Scaffold.course(dir.resolve("active-listening"), Optional.empty());
    assertTrue(Files.readString(dir.resolve("active-listening/content/course.yml")).contains("\ntitle: Active listening  #"));
  }

  @Test
  void eachKindAddedToANewCourseBuildsWithoutAWarning() throws Exception {
    Path content = newCourse();
    assertEquals("lessons/03-active-listening.md", relative(content, Scaffold.lesson(content, "Active listening", Optional.empty())));
    assertEquals("worksheets/weekly-check-in.md", relative(content, Scaffold.worksheet(content, "Weekly check-in")));
    assertEquals("pages/facilitator-guide.md", relative(content, Scaffold.page(content, "Facilitator guide")));
    CourseCheck.clean(content);
  }

  @Test
  void aLessonGoesInTheModuleNamedBySlugNumberOrFolder() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("modules"), dir);
    assertEquals("lessons/02-practice/02-listening.md", relative(content, Scaffold.lesson(content, "Listening", Optional.of("practice"))));
    assertEquals("lessons/01-basics/03-repair.md", relative(content, Scaffold.lesson(content, "Repair", Optional.of("1"))));
    assertEquals("lessons/01-basics/04-check-in.md", relative(content, Scaffold.lesson(content, "Check-in", Optional.of("01-basics"))));
    assertTrue(Files.readString(content.resolve("lessons/02-practice/02-listening.md")).contains(":::quiz id=practice-listening-quiz\n"));
    CourseCheck.clean(content);
  }

  @Test
  void aWorksheetShowsHowToNameItsLessonWithTheFirstLesson() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("modules"), dir);
    Path worksheet = Scaffold.worksheet(content, "Planning");
    assertTrue(Files.readString(worksheet).contains("\n# lesson: ../lessons/01-basics/01-intro.md  #"), Files.readString(worksheet));
  }

  @Test
  void lessonsAreNumberedAfterTheHighestNumber() throws Exception {
    Path content = newCourse();
    Files.writeString(content.resolve("lessons/07-later.md"), "---\ntitle: Later\n---\nSome text.\n");
    assertEquals("lessons/08-listening-well.md", relative(content, Scaffold.lesson(content, "Listening well", Optional.empty())));
    CourseCheck.clean(content);
  }

  @Test
  void theFirstLessonOfAnEmptyCourseIsNumberOne() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("course.yml"), "title: Empty\n");
    assertEquals("lessons/01-a-start.md", relative(content, Scaffold.lesson(content, "A start", Optional.empty())));
    CourseCheck.clean(content);
  }

  @Test
  void aTitleWithAccentsAndPunctuationKeepsItsWordsAndGetsTheLoadersSlug() throws Exception {
    Path content = newCourse();
    String title = "Écouter, c'est « aimer » : vraiment ? (1/2) #1 \"oui\" \\ fin";
    Path lesson = Scaffold.lesson(content, title, Optional.empty());
    assertEquals("lessons/03-ecouter-c-est-aimer-vraiment-1-2-1-oui-fin.md", relative(content, lesson));
    assertEquals(title, frontMatterTitle(lesson));
    CourseCheck.clean(content);
  }

  @Test
  void aTitleInAnotherScriptNamesTheFileInItAndTheQuizInAscii() throws Exception {
    FileNames.assumeUtf8();
    Path content = newCourse();
    Path lesson = Scaffold.lesson(content, "Привет, мир!", Optional.empty());
    assertEquals("lessons/03-привет-мир.md", relative(content, lesson));
    assertEquals("Привет, мир!", frontMatterTitle(lesson));
    Matcher quiz = Pattern.compile(":::quiz id=(\\S+)").matcher(Files.readString(lesson));
    assertTrue(quiz.find());
    assertTrue(Ids.isValid(quiz.group(1)), quiz.group(1));
    Path worksheet = Scaffold.worksheet(content, "日本語");
    assertEquals("worksheets/日本語.md", relative(content, worksheet));
    CourseCheck.clean(content);
  }

  @Test
  void aTitleThatStartsWithANumberKeepsItInTheAddress() throws Exception {
    Path content = newCourse();
    // Without a number of its own, "2024-review.md" would be read as number 2024, "review".
    assertEquals("pages/01-2024-review.md", relative(content, Scaffold.page(content, "2024 review")));
    assertEquals("lessons/03-2024-review.md", relative(content, Scaffold.lesson(content, "2024 review", Optional.empty())));
    CourseCheck.clean(content);
  }

  @Test
  void pagesAndWorksheetsAreNumberedWhenTheirFolderIs() throws Exception {
    Path content = newCourse();
    Files.move(content.resolve("pages/glossary.md"), content.resolve("pages/05-glossary.md"));
    assertEquals("pages/06-about.md", relative(content, Scaffold.page(content, "About")));
  }

  @Test
  void neverReplacesAFile() throws Exception {
    Path content = newCourse();
    String glossary = Files.readString(content.resolve("pages/glossary.md"));
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> Scaffold.page(content, "Glossary"));
    assertEquals("'" + content.resolve("pages/glossary.md") + "' exists already, and attune new never replaces a file", refused.getMessage());
    assertEquals("choose another title, or edit that file", refused.hint());
    assertEquals(glossary, Files.readString(content.resolve("pages/glossary.md")));
    assertThrows(ScaffoldRefused.class, () -> Scaffold.worksheet(content, "Planning your course"));
  }

  @Test
  void refusesANewLessonAtTheAddressOfAnother() throws Exception {
    Path content = newCourse();
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> Scaffold.lesson(content, "Welcome!", Optional.empty()));
    assertEquals("a lesson titled 'Welcome!' would have the address of '" + content.resolve("lessons/01-welcome.md") + "' ('welcome')", refused.getMessage());
    assertFalse(Files.exists(content.resolve("lessons/03-welcome.md")));
  }

  @Test
  void aNewCourseNeedsANewOrEmptyFolder() throws Exception {
    Path course = Files.createDirectories(dir.resolve("course"));
    Files.writeString(course.resolve("notes.txt"), "mine");
    ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> Scaffold.course(course, Optional.empty()));
    assertEquals("'" + course + "' is not empty (it holds notes.txt), and a new course is only made in a new or empty folder", refused.getMessage());
    assertEquals(List.of(course.resolve("notes.txt")), list(course));

    Path repository = Files.createDirectories(dir.resolve("repository/.git"));
    Scaffold.course(repository.getParent(), Optional.of("Listening"));
    assertTrue(Files.isRegularFile(dir.resolve("repository/content/course.yml")), "hidden files such as .git are no obstacle");

    Path file = Files.writeString(dir.resolve("file"), "");
    assertThrows(ScaffoldRefused.class, () -> Scaffold.course(file, Optional.empty()));
  }

  @Test
  void theContentFolderMustBeACourses() throws Exception {
    ScaffoldRefused missing = assertThrows(ScaffoldRefused.class, () -> Scaffold.lesson(dir.resolve("content"), "A", Optional.empty()));
    assertEquals("the content folder '" + dir.resolve("content") + "' does not exist", missing.getMessage());
    assertEquals("run attune in the course's folder, pass --content DIR, or start a course with: attune new course DIR", missing.hint());
    Files.createDirectories(dir.resolve("content"));
    ScaffoldRefused notACourse = assertThrows(ScaffoldRefused.class, () -> Scaffold.page(dir.resolve("content"), "A"));
    assertEquals("'" + dir.resolve("content") + "' has no course.yml, so it is not a course's content folder", notACourse.getMessage());
    assertEquals(List.of(), list(dir.resolve("content")));
  }

  private static List<Path> list(Path folder) throws IOException {
    try (var entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }

  /** The title as the front matter's YAML reads it. */
  private static String frontMatterTitle(Path file) throws IOException {
    String text = Files.readString(file);
    String yaml = text.substring(4, text.indexOf("\n---\n", 4) + 1);
    return dev.attune.config.YamlMapping.parse(yaml, file.toString(), 2, new Diagnostics()).orElseThrow().string("title").orElseThrow();
  }
}
