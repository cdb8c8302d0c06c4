package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.FileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune new} through the CLI's entry point: what it prints, its exit codes, and courses that build clean. */
class NewCommandTest {
  @TempDir Path dir;
  private final CliRunner cli = new CliRunner();

  private Path newCourse() {
    assertEquals(0, cli.run("new", "course", dir.resolve("my-course").toString()), cli.err());
    cli.reset();
    return dir.resolve("my-course/content");
  }

  /** Builds {@code content} as the author would, and asserts it gives no error and no warning. */
  private void buildsClean(Path content) {
    cli.reset();
    assertEquals(0, cli.run("build", "--content", content.toString(), "--out", dir.resolve("site").toString(), "--no-pdf"), cli.err());
    assertEquals("", cli.err());
    assertTrue(cli.out().startsWith("Built "), cli.out());
  }

  @Test
  void aNewCourseGrowsByEveryKindAndBuildsWithoutAWarning() {
    Path course = dir.resolve("my-course");
    assertEquals(0, cli.run("new", "course", course.toString()));
    assertEquals("Created a course in " + course + "/content/:\n"
        + "  " + course + "/content/course.yml\n"
        + "  " + course + "/content/index.md\n"
        + "  " + course + "/content/lessons/01-welcome.md\n"
        + "  " + course + "/content/lessons/02-quizzes-and-worksheets.md\n"
        + "  " + course + "/content/worksheets/planning-your-course.md\n"
        + "  " + course + "/content/pages/glossary.md\n"
        + "Preview it with: cd " + course + " && attune serve\n"
        + "Then add a lesson with: attune new lesson \"Title\"\n", cli.out());
    assertEquals("", cli.err());
    Path content = course.resolve("content");
    buildsClean(content);

    cli.reset();
    assertEquals(0, cli.run("new", "lesson", "Active listening", "--content", content.toString()));
    assertEquals("Created " + content + "/lessons/03-active-listening.md. Preview it with: attune serve --content " + content + "\n", cli.out());
    cli.reset();
    assertEquals(0, cli.run("new", "worksheet", "--content", content.toString(), "Weekly", "check-in"));
    assertEquals("Created " + content + "/worksheets/weekly-check-in.md. Preview it on the Worksheets page with: attune serve --content " + content + "\n",
        cli.out());
    cli.reset();
    assertEquals(0, cli.run("new", "page", "Facilitator guide", "--content", content.toString()));
    assertEquals("Created " + content + "/pages/facilitator-guide.md. Preview it with: attune serve --content " + content + "\n", cli.out());
    buildsClean(content);
  }

  @Test
  void lessonsGoInTheModuleNamed() throws IOException {
    Path content = newCourse();
    intoModule(content, "01-basics");
    Files.createDirectories(content.resolve("lessons/02-practice"));
    Files.writeString(content.resolve("lessons/02-practice/_module.yml"), "title: Practice\n");
    assertEquals(0, cli.run("new", "lesson", "Active listening", "--module", "basics", "--content", content.toString()), cli.err());
    assertEquals("Created " + content + "/lessons/01-basics/03-active-listening.md. Preview it with: attune serve --content " + content + "\n", cli.out());
    cli.reset();
    assertEquals(0, cli.run("new", "lesson", "Repair", "--module", "2", "--content", content.toString()), cli.err());
    assertTrue(Files.isRegularFile(content.resolve("lessons/02-practice/01-repair.md")));
    cli.reset();
    assertEquals(0, cli.run("new", "worksheet", "Planning a talk", "--content", content.toString()), cli.err());
    buildsClean(content);

    cli.reset();
    assertEquals(2, cli.run("new", "lesson", "Listening", "--module", "practise", "--content", content.toString()));
    assertEquals("error: no module of this course is called 'practise'\n"
        + "  hint: did you mean 'practice'? The modules are: basics (01-basics), practice (02-practice)\n", cli.err());
    cli.reset();
    assertEquals(2, cli.run("new", "lesson", "Listening", "--content", content.toString()));
    assertEquals("error: this course has modules, so a new lesson must go in one\n"
        + "  hint: name its module with --module: basics (01-basics), practice (02-practice)\n", cli.err());
  }

  /** Moves the new course's lessons into the module folder {@code folder}, and mends the links to them. */
  private static void intoModule(Path content, String folder) throws IOException {
    Path module = Files.createDirectories(content.resolve("lessons").resolve(folder));
    Files.writeString(module.resolve("_module.yml"), "title: Basics\n");
    for (String lesson : List.of("01-welcome.md", "02-quizzes-and-worksheets.md")) {
      Path file = content.resolve("lessons").resolve(lesson);
      Files.writeString(module.resolve(lesson), Files.readString(file).replace("](../pages/", "](../../pages/"));
      Files.delete(file);
    }
    for (String file : List.of("pages/glossary.md", "worksheets/planning-your-course.md")) {
      Path path = content.resolve(file);
      Files.writeString(path, Files.readString(path).replace("../lessons/0", "../lessons/" + folder + "/0"));
    }
  }

  @Test
  void neverReplacesAFileAndSaysWhatToDo() throws IOException {
    Path content = newCourse();
    Path glossary = content.resolve("pages/glossary.md");
    String before = Files.readString(glossary);
    assertEquals(2, cli.run("new", "page", "Glossary", "--content", content.toString()));
    assertEquals("error: '" + glossary + "' exists already, and attune new never replaces a file\n"
        + "  hint: choose another title, or edit that file\n", cli.err());
    assertEquals("", cli.out());
    assertEquals(before, Files.readString(glossary));

    cli.reset();
    assertEquals(2, cli.run("new", "lesson", "Welcome!", "--content", content.toString()));
    assertEquals("error: a lesson titled 'Welcome!' would have the address of '" + content.resolve("lessons/01-welcome.md") + "' ('welcome')\n"
        + "  hint: choose another title, or edit that file\n", cli.err());
    assertFalse(Files.exists(content.resolve("lessons/03-welcome.md")));
  }

  @Test
  void aNewCourseNeedsANewOrEmptyFolder() throws IOException {
    Path course = Files.createDirectories(dir.resolve("course"));
    Files.writeString(course.resolve("notes.txt"), "mine");
    assertEquals(2, cli.run("new", "course", course.toString()));
    assertEquals("error: '" + course + "' is not empty (it holds notes.txt), and a new course is only made in a new or empty folder\n"
        + "  hint: give the name of a new folder, e.g. attune new course my-course; to add to a course, use attune new lesson, worksheet or page\n",
        cli.err());
    try (var entries = Files.list(course)) {
      assertEquals(List.of(course.resolve("notes.txt")), entries.toList());
    }
  }

  @Test
  void aCourseIsTitledByTitleOrByItsFolder() throws IOException {
    assertEquals(0, cli.run("new", "course", dir.resolve("active-listening").toString()));
    assertTrue(Files.readString(dir.resolve("active-listening/content/course.yml")).contains("\ntitle: Active listening  #"));
    assertEquals(0, cli.run("new", "course", dir.resolve("b").toString(), "--title", "Ser: o quê?"));
    assertTrue(Files.readString(dir.resolve("b/content/course.yml")).contains("\ntitle: \"Ser: o quê?\"  #"));
    buildsClean(dir.resolve("b/content"));
  }

  @Test
  void aTitleBeyondAsciiNamesItsFile() {
    FileNames.assumeUtf8();
    Path content = newCourse();
    assertEquals(0, cli.run("new", "lesson", "Écouter, c'est « aimer » : vraiment ?", "--content", content.toString()), cli.err());
    assertTrue(Files.isRegularFile(content.resolve("lessons/03-ecouter-c-est-aimer-vraiment.md")));
    assertEquals(0, cli.run("new", "page", "Словарь терминов", "--content", content.toString()), cli.err());
    assertTrue(Files.isRegularFile(content.resolve("pages/словарь-терминов.md")));
    buildsClean(content);
  }

  @Test
  void mistakesInTheCallExitWithTwo() {
    assertEquals(2, cli.run("new"));
    assertTrue(cli.err().contains("Usage: attune new"), cli.err());
    assertEquals(2, cli.run("new", "lesson"));
    assertEquals(2, cli.run("new", "chapter", "X"));
    cli.reset();
    assertEquals(2, cli.run("new", "lesson", "A", "--content", dir.resolve("nope").toString()));
    assertEquals("error: the content folder '" + dir.resolve("nope") + "' does not exist\n"
        + "  hint: run attune in the course's folder, pass --content DIR, or start a course with: attune new course DIR\n", cli.err());
    cli.reset();
    Path content = newCourse();
    assertEquals(2, cli.run("new", "lesson", "🙂", "--content", content.toString()));
    assertEquals("error: the title '🙂' has no letter or digit to name the file by\n"
        + "  hint: give the title a word, e.g. attune new lesson \"Active listening\"\n", cli.err());
  }

  @Test
  void everyKindHasHelpWithExamples() {
    for (String kind : new String[] {"course", "lesson", "worksheet", "page"}) {
      cli.reset();
      assertEquals(0, cli.run("new", kind, "--help"));
      assertTrue(cli.out().contains("Examples:\n  attune new " + kind), kind + ": " + cli.out());
      assertTrue(cli.out().contains("Exit codes:"), kind + ": " + cli.out());
      assertEquals(!kind.equals("course"), cli.out().contains("--content"), kind + ": " + cli.out());
    }
    cli.reset();
    assertEquals(0, cli.run("new", "--help"));
    assertTrue(cli.out().contains("Kinds:\n  course"), cli.out());
    cli.reset();
    assertEquals(0, cli.run("--help"));
    assertTrue(cli.out().contains("attune new lesson"), cli.out());
  }
}
