package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.attune.config.CourseConfigReader;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.testing.FuzzChecks;

/**
 * Any text read as a file's front matter, and as {@code course.yml}, gives typed values or
 * positioned diagnostics, never an exception. Seeds: {@code FrontMatterFuzzTestInputs/} (real
 * lessons); to fuzz, see docs/fuzzing.md.
 */
class FrontMatterFuzzTest {
  private static final String PATH = "content/lessons/01-fuzz.md";

  @FuzzTest(maxDuration = "5m")
  void readsAnyFrontMatter(byte[] bytes) {
    String text = FuzzChecks.text(bytes);
    Diagnostics diagnostics = new Diagnostics();
    FrontMatter.Split split = FrontMatter.split(text, PATH, diagnostics);
    assertTrue(text.endsWith(split.body()), "the body is the end of the file");
    if (!split.body().isEmpty()) {
      String before = text.substring(0, text.length() - split.body().length());
      assertEquals(before.chars().filter(c -> c == '\n').count() + 1, split.bodyFirstLine(), "the body's first line");
    }
    FrontMatterReader reader = new FrontMatterReader(diagnostics);
    LessonMeta lesson = reader.lesson(split, PATH, "Fallback");
    PageMeta page = reader.page(split, PATH, "Fallback");
    WorksheetMeta worksheet = reader.worksheet(split, PATH, "fallback");
    reader.homeTitle(split.yaml(), PATH);
    FuzzChecks.diagnosticsInside(diagnostics, PATH, text);
    if (!diagnostics.hasErrors()) {
      assertFalse(lesson.title().isBlank(), "a lesson without a title and without an error");
      assertFalse(page.title().isBlank(), "a page without a title and without an error");
      assertFalse(worksheet.title().isBlank(), "a worksheet without a title and without an error");
    }

    Diagnostics config = new Diagnostics();
    CourseConfigReader.read(text, "content/course.yml", config);
    FuzzChecks.diagnosticsInside(config, "content/course.yml", text);
  }
}
