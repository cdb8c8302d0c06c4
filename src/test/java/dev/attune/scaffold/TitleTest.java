package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TitleTest {
  @Test
  void theSlugIsTheLoaders() throws Exception {
    assertEquals("active-listening", Title.of("  Active listening  ", "lesson").slug());
    assertEquals("Active listening", Title.of("  Active listening  ", "lesson").text());
    assertEquals("cafe-o-que-e", Title.of("Café: o que é?", "lesson").slug());
    assertEquals("привет-мир", Title.of("Привет, мир!", "lesson").slug());
  }

  @Test
  void aLongTitleNamesItsFileByItsFirstWholeWords() throws Exception {
    String title = "A very long title that goes on and on about listening, talking, and listening again until the end";
    assertEquals("a-very-long-title-that-goes-on-and-on-about-listening", Title.of(title, "lesson").slug());
  }

  @Test
  void aTitleMustHaveAWordAndOneLine() {
    ScaffoldRefused empty = assertThrows(ScaffoldRefused.class, () -> Title.of("  ", "lesson"));
    assertEquals("the lesson needs a title", empty.getMessage());
    assertEquals("give it in quotes, e.g. attune new lesson \"Active listening\"", empty.hint());
    ScaffoldRefused noWord = assertThrows(ScaffoldRefused.class, () -> Title.of("🙂 !", "page"));
    assertEquals("the title '🙂 !' has no letter or digit to name the file by", noWord.getMessage());
    assertEquals("give the title a word, e.g. attune new page \"Glossary\"", noWord.hint());
    ScaffoldRefused twoLines = assertThrows(ScaffoldRefused.class, () -> Title.of("one\ntwo", "worksheet"));
    assertEquals("a title is one line of text, without tabs or line breaks", twoLines.getMessage());
    ScaffoldRefused course = assertThrows(ScaffoldRefused.class, () -> Title.of("", "course"));
    assertEquals("give it in quotes, e.g. attune new course my-course --title \"Active listening\"", course.hint());
  }
}
