package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void splitsYamlFromBodyAndKnowsWhereTheBodyStarts() {
    FrontMatter.Split split = FrontMatter.split("---\ntitle: A\nsummary: B\n---\n# Body\n", "a.md", diagnostics);
    assertEquals(Optional.of("title: A\nsummary: B\n"), split.yaml());
    assertEquals("# Body\n", split.body());
    assertEquals(5, split.bodyFirstLine());
  }

  @Test
  void acceptsDotsAsTheClosingLine() {
    FrontMatter.Split split = FrontMatter.split("---\ntitle: A\n...\nBody", "a.md", diagnostics);
    assertEquals("Body", split.body());
  }

  @Test
  void aFileWithoutFrontMatterIsAllBody() {
    FrontMatter.Split split = FrontMatter.split("Body\n---\n", "a.md", diagnostics);
    assertEquals(Optional.empty(), split.yaml());
    assertEquals(1, split.bodyFirstLine());
  }

  @Test
  void reportsUnclosedFrontMatter() {
    FrontMatter.split("---\ntitle: A\nBody\n", "a.md", diagnostics);
    assertTrue(diagnostics.hasErrors());
    assertEquals(1, diagnostics.sorted().get(0).line());
  }

  @Test
  void aSecondOpeningLineIsToldAtItsLineAndTheKeysAreSkipped() {
    FrontMatter.Split split = FrontMatter.split("---\n---\ntitle: A\nobjectives:\n  - B\n---\n# Body\n", "a.md", diagnostics);
    assertTrue(split.broken());
    assertEquals("# Body\n", split.body());
    assertEquals(7, split.bodyFirstLine());
    assertEquals(List.of("a.md:2:1: error: this '---' closes the front matter at once, so 'title:' and the lines below it are read as text [A0305]\n"
        + "  hint: remove this line: the front matter is the 'key: value' lines between the first '---' and the next"),
        diagnostics.sorted().stream().map(d -> d.format().replace(System.lineSeparator(), "\n")).toList());
  }

  @Test
  void anEmptyFrontMatterBeforeProseIsNoMistake() {
    FrontMatter.Split split = FrontMatter.split("---\n---\nNote: this is prose.\n\n---\n", "a.md", diagnostics);
    assertEquals(Optional.of(""), split.yaml());
    assertFalse(diagnostics.hasErrors());
  }

  @Test
  void frontMatterAtTheVeryEndHasAnEmptyBody() {
    FrontMatter.Split split = FrontMatter.split("---\ntitle: A\n---", "a.md", diagnostics);
    assertEquals("", split.body());
    assertEquals(Optional.of("title: A\n"), split.yaml());
  }
}
