package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.config.CourseConfigReader;
import dev.attune.load.LessonMeta;
import dev.attune.load.PageMeta;
import dev.attune.load.WorksheetMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each template of {@code attune new} shows every key its kind takes, each with a comment, and every key it shows works. */
class ScaffoldTemplatesTest {
  /** A key at the top level, in use or commented out: {@code title: …} or {@code # weight: 10  # …}. */
  private static final Pattern TOP_KEY = Pattern.compile("(?m)^(?:# )?([a-z_]+):(.*)$");
  /** A key of a nested mapping, such as course.yml's source. */
  private static final Pattern NESTED_KEY = Pattern.compile("(?m)^(?:# )?  ([a-z_]+):");
  /** A line that is a commented-out key or list item of one. */
  private static final Pattern COMMENTED_OUT = Pattern.compile("(?m)^# (\\s*[a-z_]+:.*|\\s+- .*)$");

  @TempDir Path dir;

  private static String frontMatter(String template) {
    String text = Template.load(template).fill(Map.of("title", "T", "id", "t", "lesson", "../lessons/01-welcome.md", "quiz-id", "t-quiz"));
    return text.startsWith("---\n") ? text.substring(4, text.indexOf("\n---\n", 4)) : text;
  }

  /** The top-level keys of {@code yaml}, after asserting that each has a comment. */
  private static Set<String> commentedKeys(String yaml, String template) {
    Set<String> keys = new TreeSet<>();
    Matcher m = TOP_KEY.matcher(yaml);
    while (m.find()) {
      keys.add(m.group(1));
      assertTrue(m.group(2).contains("  # "), template + ": '" + m.group(1) + "' has no comment: " + m.group());
    }
    return keys;
  }

  @Test
  void theLessonTemplateShowsEveryLessonKeyWithAComment() {
    assertEquals(new TreeSet<>(LessonMeta.KEYS), commentedKeys(frontMatter("lesson.md"), "lesson.md"));
  }

  @Test
  void theWorksheetTemplateShowsEveryWorksheetKeyWithAComment() {
    assertEquals(new TreeSet<>(WorksheetMeta.KEYS), commentedKeys(frontMatter("worksheet.md"), "worksheet.md"));
  }

  @Test
  void thePageTemplateShowsEveryPageKeyWithAComment() {
    assertEquals(new TreeSet<>(PageMeta.KEYS), commentedKeys(frontMatter("page.md"), "page.md"));
  }

  @Test
  void theCourseYmlShowsEveryKeyWithAComment() {
    String yaml = frontMatter("course/course.yml");
    assertEquals(new TreeSet<>(CourseConfigReader.KEYS), commentedKeys(yaml, "course.yml"));
    Set<String> nested = new TreeSet<>();
    Matcher m = NESTED_KEY.matcher(yaml);
    while (m.find()) {
      nested.add(m.group(1));
    }
    assertEquals(new TreeSet<>(CourseConfigReader.SOURCE_KEYS), nested);
  }

  @Test
  void everyKeyShownButUnusedWorksWhenItsLineIsUncommented() throws Exception {
    Scaffold.course(dir.resolve("course"), Optional.of("Listening"));
    Path content = dir.resolve("course/content");
    List<Path> files = new ArrayList<>(List.of(content.resolve("course.yml")));
    files.add(Scaffold.lesson(content, "Active listening", Optional.empty()));
    files.add(Scaffold.worksheet(content, "Weekly check-in"));
    files.add(Scaffold.page(content, "About"));
    int uncommented = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      Matcher m = COMMENTED_OUT.matcher(text);
      uncommented += (int) m.results().count();
      Files.writeString(file, m.replaceAll("$1"));
    }
    assertEquals(21, uncommented,
        "subtitle, authors and its item, license, notice, source and its four keys, base_url, raw_html, solutions_in_print, stray_markdown, theme; teaching, exercises; weight ×3, lesson");
    Files.createDirectories(dir.resolve("course/my-theme")); // theme: names a folder the author makes
    CourseCheck.clean(content);
  }

  @Test
  void aPlaceholderWithoutAValueIsABug() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Template.load("lesson.md").fill(Map.of("title", "T")));
    assertEquals("the scaffold template lesson.md has {{quiz-id}}, which has no value", e.getMessage());
    assertThrows(IllegalStateException.class, () -> Template.load("no-such.md"));
  }
}
