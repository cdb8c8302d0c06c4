package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
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
  void frontMatterAtTheVeryEndHasAnEmptyBody() {
    FrontMatter.Split split = FrontMatter.split("---\ntitle: A\n---", "a.md", diagnostics);
    assertEquals("", split.body());
    assertEquals(Optional.of("title: A\n"), split.yaml());
  }
}
