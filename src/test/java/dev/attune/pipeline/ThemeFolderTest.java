package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.config.CourseConfig;
import dev.attune.config.CourseConfigReader;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFolderTest {
  @TempDir Path dir;
  private Path content;
  private final Diagnostics diagnostics = new Diagnostics();

  @BeforeEach
  void course() throws IOException {
    content = Files.createDirectories(dir.resolve("course/content"));
  }

  private BuildOptions options(Optional<Path> templates) {
    return new BuildOptions(content, "course/content", templates, templates.map(Path::toString).orElse(""), dir.resolve("site"),
        Optional.empty(), false, false, Optional.empty(), false);
  }

  private CourseConfig config(String yaml) {
    CourseConfig config = CourseConfigReader.read("title: T\n" + yaml, "course/content/course.yml", diagnostics);
    assertEquals(List.of(), diagnostics.sorted());
    return config;
  }

  private ThemeFolder find(Optional<Path> templates, String yaml) {
    return ThemeFolder.find(options(templates), config(yaml), diagnostics).orElseThrow();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void withoutTemplatesOrThemeItIsTheTemplatesFolderBesideTheContentFolderMadeOrNot() throws IOException {
    ThemeFolder folder = find(Optional.empty(), "");
    assertEquals(dir.resolve("course/templates"), folder.path());
    assertEquals("course/templates", folder.display());
    assertFalse(folder.exists());
    Files.createDirectories(dir.resolve("course/templates"));
    assertTrue(find(Optional.empty(), "").exists());
    assertEquals(List.of(), problems());
  }

  @Test
  void themeInCourseYmlIsRelativeToTheFolderOfCourseYml() throws IOException {
    Files.createDirectories(dir.resolve("course/my-theme"));
    ThemeFolder folder = find(Optional.empty(), "theme: ../my-theme\n");
    assertEquals(dir.resolve("course/my-theme"), folder.path());
    assertEquals("course/my-theme", folder.display());
    assertTrue(folder.exists());
    assertEquals(List.of(), problems());
  }

  @Test
  void templatesOnTheCommandLineWinsOverTheme() throws IOException {
    Path given = Files.createDirectories(dir.resolve("given"));
    ThemeFolder folder = find(Optional.of(given), "theme: ../no-such-folder\n");
    assertEquals(given, folder.path());
    assertEquals(List.of(), problems(), "theme: is not read at all");
  }

  @Test
  void aThemeFolderThatDoesNotExistIsAnErrorAtItsLineWithTheNearestName() throws IOException {
    Files.createDirectories(dir.resolve("course/my-theme"));
    ThemeFolder folder = find(Optional.empty(), "theme: ../my-themes\n");
    assertFalse(folder.exists());
    assertEquals(List.of("course/content/course.yml:2:8: error: 'theme' names the folder 'course/my-themes', which does not exist [A0707]"
        + System.lineSeparator() + "  hint: did you mean '../my-theme'? 'theme:' is relative to the folder that holds course.yml; "
        + "fix the path, or remove the line to use templates/ beside the content folder"), problems());
  }

  @Test
  void aThemeThatIsAFileIsAnError() throws IOException {
    Files.writeString(dir.resolve("course/theme.ftlh"), "");
    find(Optional.empty(), "theme: ../theme.ftlh\n");
    assertEquals(1, diagnostics.errorCount());
    assertTrue(problems().get(0).startsWith("course/content/course.yml:2:8: error: 'theme' names 'course/theme.ftlh', which is a file, not a folder"),
        problems().toString());
  }

  @Test
  void aThemeFolderInsideTheContentFolderWouldBePublishedUnlessItsNameKeepsItOut() throws IOException {
    Files.createDirectories(content.resolve("theme"));
    find(Optional.empty(), "theme: theme\n");
    assertEquals(List.of("course/content/course.yml:2:8: error: the theme folder 'course/content/theme' is inside the content folder, "
        + "so its templates would be published as course files [A0708]" + System.lineSeparator()
        + "  hint: move it out of the content folder, beside it, or start its name with '_' so that it is not published"), problems());

    Diagnostics fresh = new Diagnostics();
    Files.createDirectories(content.resolve("_theme"));
    ThemeFolder.find(options(Optional.empty()), CourseConfigReader.read("title: T\ntheme: _theme\n", "course.yml", fresh), fresh);
    assertEquals(List.of(), fresh.sorted());
  }
}
