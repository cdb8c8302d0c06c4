package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.render.Theme;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UnusedOverridesTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<String> report(String... pathsAndTexts) throws Exception {
    Map<String, ByteBuffer> files = new TreeMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], ByteBuffer.wrap(pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
    }
    UnusedOverrides.report(Optional.of(new ThemeFolder(Path.of("course/templates"), "course/templates")), files, Theme.builtInFiles(), diagnostics);
    return diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }

  @Test
  void theBuiltInThemeListsItsTemplatesAndAssets() throws Exception {
    Set<String> files = Theme.builtInFiles();
    for (String file : List.of("layout.ftlh", "lesson.ftlh", "worksheet-pdf.ftlh", "assets/css/attune.css", "assets/js/quiz.js")) {
      assertEquals(true, files.contains(file), file);
    }
  }

  @Test
  void aTemplateWhoseNameIsNearlyABuiltInOneIsAWarningWithTheName() throws Exception {
    String hint = "\n  hint: did you mean 'lesson.ftlh'? A file replaces the built-in file of exactly the same name: rename it, or remove it";
    assertEquals(List.of(
        "course/templates/Lesson.ftlh: warning: this file replaces nothing: the built-in theme has no file 'Lesson.ftlh', and no template here includes it [A0709]" + hint,
        "course/templates/lesson.ftl: warning: this file replaces nothing: the built-in theme has no file 'lesson.ftl', and no template here includes it [A0709]" + hint,
        "course/templates/lessons.ftlh: warning: this file replaces nothing: the built-in theme has no file 'lessons.ftlh', and no template here includes it [A0709]" + hint),
        report("lessons.ftlh", "x", "Lesson.ftlh", "x", "lesson.ftl", "x"));
  }

  @Test
  void aFileFarFromEveryNameListsTheTemplates() throws Exception {
    List<String> problems = report("banner.ftlh", "x");
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).contains("hint: name it after the built-in template it should replace (404.ftlh, answer-key.ftlh, facilitator.ftlh, home.ftlh,"), problems.get(0));
  }

  @Test
  void replacementsNewAssetsIncludedTemplatesAndNotesAreNotWarnedAbout() throws Exception {
    assertEquals(List.of(), report(
        "lesson.ftlh", "<#include \"partials/banner.ftlh\">",
        "layout.ftlh", "<#import \"/macros.ftlh\" as m>",
        "partials/banner.ftlh", "[#include '../partials/footer.ftlh']",
        "partials/footer.ftlh", "",
        "macros.ftlh", "",
        "assets/css/attune.css", "",
        "assets/css/mine.css", "",
        "assets/img/logo.svg", "",
        "README.md", "",
        "LICENSE", "",
        "notes.txt", "",
        "lesson.ftlh~", "",
        "_drafts/lesson.ftlh", ""));
  }

  @Test
  void aNameMadeWhileRenderingCouldBeAnyFile() throws Exception {
    assertEquals(List.of(), report("lesson.ftlh", "<#include \"${page.kind}.ftlh\">", "special.ftlh", ""));
  }
}
