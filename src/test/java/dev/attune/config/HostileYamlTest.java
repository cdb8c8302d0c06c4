package dev.attune.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML built to exhaust the reader (deep nesting, aliases that multiply) is a positioned error, not a crash. */
class HostileYamlTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<String> problems() {
    return diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }

  private boolean parses(String yaml) {
    return YamlMapping.parse(yaml, "a.yml", 1, diagnostics).isPresent();
  }

  @Test
  void nestingAtTheLimitIsRead() {
    assertTrue(parses("a: " + "[".repeat(49) + "]".repeat(49)));
    assertEquals(List.of(), problems());
  }

  @Test
  void deeperNestingIsAnErrorWhereItCrossesTheLimit() {
    assertTrue(!parses("a: " + "[".repeat(10_000) + "]".repeat(10_000)));
    assertTrue(!parses("a: " + "{b: ".repeat(10_000) + "c" + "}".repeat(10_000)));
    StringBuilder block = new StringBuilder("a:\n");
    for (int i = 1; i < 200; i++) {
      block.append(" ".repeat(i)).append("b:\n");
    }
    assertTrue(!parses(block.toString()));
    String hint = "\n  hint: Attune's settings nest two levels at most; check the brackets and the indentation";
    assertEquals(List.of(
        "a.yml:1:53: error: lists and mappings nest more than 50 levels deep here [A0103]" + hint,
        "a.yml:1:200: error: lists and mappings nest more than 50 levels deep here [A0103]" + hint,
        "a.yml:51:51: error: lists and mappings nest more than 50 levels deep here [A0103]" + hint), problems());
  }

  @Test
  void aliasesThatMultiplyAreRefusedAtTheAliasThatGoesTooFar() {
    StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char name = 'b'; name <= 'j'; name++) {
      String previous = "*" + (char) (name - 1);
      laughs.append(name).append(": &").append(name).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    assertTrue(!parses(laughs.toString()));
    assertEquals(List.of("a.yml:4:16: error: more than 20 aliases ('*c') repeat lists or mappings [A0104]"
        + "\n  hint: write the values out instead of repeating them with '&name' and '*name'"), problems());
  }

  @Test
  void aFewAliasesAndAliasesOfTextAreFine() {
    assertTrue(parses("a: &a [x, y]\nb: *a\nc: &t text\nd: [" + String.join(", ", java.util.Collections.nCopies(100, "*t")) + "]\n"));
    assertEquals(List.of(), problems());
  }

  @Test
  void aLanguageTagOfThousandsOfPartsIsRefusedNotOverflowed() {
    CourseConfig config = CourseConfigReader.read("title: T\nlanguage: en" + "-ab".repeat(20_000) + "\n", "course.yml", diagnostics);
    assertEquals("en", config.language());
    assertTrue(problems().get(0).startsWith("course.yml:2:11: error: 'language' must be a language tag such as 'en' or 'pt-BR', not 'en-ab-ab"),
        problems().get(0).substring(0, 120));
  }
}
