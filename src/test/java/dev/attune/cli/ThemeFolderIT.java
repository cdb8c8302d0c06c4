package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CliRunner;
import dev.attune.testing.JavaProcess;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a build finds the templates that override the built-in theme, tried as an author would:
 * beside the content folder wherever attune runs, where course.yml's theme: says, or where
 * --templates says, which wins; and what it says about files there that replace nothing.
 */
class ThemeFolderIT {
  @TempDir Path temp;
  Path dir;
  Path content;
  Path site;
  private final CliRunner cli = new CliRunner();

  @BeforeEach
  void course() throws IOException {
    dir = temp.toRealPath();
    content = TestCourses.copy(TestCourses.content("basic"), dir.resolve("course"));
    site = dir.resolve("site");
  }

  private static String notFound(String text) {
    return "<#import \"layout.ftlh\" as layout><@layout.frame><h1>" + text + "</h1></@layout.frame>\n";
  }

  private void theme(String yaml) throws IOException {
    Files.writeString(content.resolve("course.yml"), Files.readString(content.resolve("course.yml")) + yaml);
  }

  private int build(String... extra) {
    cli.reset();
    List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(), "--no-pdf"));
    args.addAll(List.of(extra));
    return cli.run(args.toArray(String[]::new));
  }

  private String page404() throws IOException {
    return Files.readString(site.resolve("404.html"));
  }

  @Test
  void theTemplatesBesideTheContentFolderAreUsedWhereverAttuneRuns() throws IOException {
    TestCourses.write(dir.resolve("course/templates/404.ftlh"), notFound("Beside the content"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    TestCourses.write(elsewhere.resolve("templates/404.ftlh"), notFound("In the working folder"));
    JavaProcess.Run run = JavaProcess.attune(elsewhere, Map.of(), List.of(), "build", "--content", "../course/content", "--out", "../site", "--no-pdf");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    assertTrue(page404().contains("Beside the content"), page404());
  }

  @Test
  void themeInCourseYmlNamesTheFolderRelativeToCourseYml() throws IOException {
    TestCourses.write(dir.resolve("course/templates/404.ftlh"), notFound("Beside the content"));
    TestCourses.write(dir.resolve("my-theme/404.ftlh"), notFound("Named by theme"));
    theme("theme: ../../my-theme\n");
    assertEquals(0, build(), cli.err());
    assertTrue(page404().contains("Named by theme"), page404());
  }

  @Test
  void templatesOnTheCommandLineWinsOverTheme() throws IOException {
    TestCourses.write(dir.resolve("my-theme/404.ftlh"), notFound("Named by theme"));
    TestCourses.write(dir.resolve("given/404.ftlh"), notFound("Given on the command line"));
    theme("theme: ../../my-theme\n");
    assertEquals(0, build("--templates", dir.resolve("given").toString()), cli.err());
    assertTrue(page404().contains("Given on the command line"), page404());
  }

  @Test
  void aThemeFolderThatDoesNotExistStopsTheBuildAtItsLine() throws IOException {
    theme("theme: ../../my-theme\n");
    assertEquals(1, build());
    int themeLine = Files.readAllLines(content.resolve("course.yml")).size();
    assertTrue(cli.err().startsWith(content.resolve("course.yml") + ":" + themeLine + ":8: error: 'theme' names the folder '" + dir.resolve("my-theme")
        + "', which does not exist [A0707]\n  hint: "), cli.err());
    assertFalse(Files.exists(site), "nothing written");
  }

  @Test
  void aTemplateThatReplacesNothingIsAWarningNamingTheOneItWasMeantToBe() throws IOException {
    TestCourses.write(dir.resolve("course/templates/lessons.ftlh"), notFound("Never used"));
    assertEquals(0, build(), cli.err());
    assertEquals(dir.resolve("course/templates/lessons.ftlh") + ": warning: this file replaces nothing: the built-in theme has no file "
        + "'lessons.ftlh', and no template here includes it [A0709]\n  hint: did you mean 'lesson.ftlh'? A file replaces the built-in file "
        + "of exactly the same name: rename it, or remove it\n", cli.err());
    assertTrue(cli.out().contains("(1 warning)"), cli.out());
  }

  @Test
  void aStyleSheetOfTheAuthorsOwnIsPublishedWithoutAWord() throws IOException {
    TestCourses.write(dir.resolve("course/templates/assets/css/mine.css"), "p { margin: 0; }\n");
    assertEquals(0, build(), cli.err());
    assertEquals("", cli.err());
    assertTrue(Files.isRegularFile(site.resolve("theme/css/mine.css")));
  }
}
