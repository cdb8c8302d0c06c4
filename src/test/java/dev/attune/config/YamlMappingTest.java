package dev.attune.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every accessor checks the YAML type of its value, and says what it expected and what it found, where. */
class YamlMappingTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private YamlMapping yaml(String text) {
    return YamlMapping.parse(text, "a.md", 2, diagnostics).orElseThrow();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }

  @Test
  void textTakesAnySingleValueAsWritten() {
    YamlMapping m = yaml("a: plain\nb: \"quoted\"\nc: 1984\nd: 1.10\ne: true\n");
    assertEquals(List.of("plain", "quoted", "1984", "1.10", "true"),
        List.of("a", "b", "c", "d", "e").stream().map(k -> m.string(k).orElseThrow()).toList());
    assertEquals(List.of(), problems());
  }

  @Test
  void textIsNotAListOrAMapping() {
    YamlMapping m = yaml("title: [a, b]\nsummary: {x: y}\n");
    assertEquals(Optional.empty(), m.string("title"));
    assertEquals(Optional.empty(), m.string("summary"));
    assertEquals(List.of(
        "a.md:2:8: error: 'title' must be text, not a list [A0110]\n"
            + "  hint: write the text after 'title:' on the same line, in quotes if it starts with '[' or '{'",
        "a.md:3:10: error: 'summary' must be text, not a mapping (nested 'key: value' lines) [A0110]\n"
            + "  hint: write the text after 'summary:' on the same line, in quotes if it starts with '[' or '{'"), problems());
  }

  @Test
  void aListOfStrings() {
    YamlMapping m = yaml("a:\n  - one\n  - 2\nb: [x, \"y\"]\nc: just one\nd: \"5\"\ne:\n");
    assertEquals(List.of("one", "2"), m.stringList("a"), "an item that is a number is taken as written");
    assertEquals(List.of("x", "y"), m.stringList("b"));
    assertEquals(List.of("just one"), m.stringList("c"), "one text is a list of one");
    assertEquals(List.of("5"), m.stringList("d"), "a number in quotes is text");
    assertEquals(List.of(), m.stringList("e"));
    assertEquals(List.of(), problems());
  }

  @Test
  void aListIsNotANumberTrueOrFalseOrAMapping() {
    YamlMapping m = yaml("objectives: 5\nkeypoints: true\nauthors: {a: b}\nitems:\n  - [x]\n  -\n");
    String hint = "  hint: write each item on a line of its own below '%s:', as '- item' (in quotes if it is only a number: - \"5\")";
    assertEquals(List.of(), m.stringList("objectives"));
    assertEquals(List.of(), m.stringList("keypoints"));
    assertEquals(List.of(), m.stringList("authors"));
    assertEquals(List.of(), m.stringList("items"));
    assertEquals(List.of(
        "a.md:2:13: error: 'objectives' must be a list of strings, not a number [A0110]\n" + hint.formatted("objectives"),
        "a.md:3:12: error: 'keypoints' must be a list of strings, not a true/false value [A0110]\n" + hint.formatted("keypoints"),
        "a.md:4:10: error: 'authors' must be a list of strings, not a mapping (nested 'key: value' lines) [A0110]\n" + hint.formatted("authors"),
        "a.md:6:5: error: each item of 'items' must be text, found a list [A0110]\n  hint: if the item contains ': ', put it in quotes",
        "a.md:7:4: error: an item of 'items' is empty [A0113]\n  hint: write the item after the '- ', or remove the line"), problems());
  }

  @Test
  void aWholeNumber() {
    YamlMapping m = yaml("a: 15\nb: \"20\"\nc: 1.5\nd: [1]\ne: 99\n");
    assertEquals(Optional.of(15), m.integer("a", 1, 60));
    assertEquals(Optional.of(20), m.integer("b", 1, 60), "in quotes");
    assertEquals(Optional.empty(), m.integer("c", 1, 60));
    assertEquals(Optional.empty(), m.integer("d", 1, 60));
    assertEquals(Optional.empty(), m.integer("e", 1, 60));
    assertEquals(List.of(
        "a.md:4:4: error: 'c' must be a whole number from 1 to 60, not '1.5' [A0111]\n  hint: write one whole number after 'c:', e.g. 'c: 10'",
        "a.md:5:4: error: 'd' must be a whole number from 1 to 60, not a list [A0110]\n  hint: write one whole number after 'd:', e.g. 'd: 10'",
        "a.md:6:4: error: 'e' must be a whole number from 1 to 60, not '99' [A0111]\n  hint: write one whole number after 'e:', e.g. 'e: 10'"), problems());
  }

  @Test
  void trueOrFalse() {
    YamlMapping m = yaml("a: true\nb: False\nc: \"true\"\nd: yes\ne:\n  - true\n");
    assertEquals(Optional.of(true), m.bool("a"));
    assertEquals(Optional.of(false), m.bool("b"));
    assertEquals(Optional.of(true), m.bool("c"));
    assertEquals(Optional.empty(), m.bool("d"));
    assertEquals(Optional.empty(), m.bool("e"));
    assertEquals(List.of(
        "a.md:5:4: error: 'd' must be true or false, not 'yes' [A0112]\n  hint: write 'd: true' or 'd: false'",
        "a.md:7:3: error: 'e' must be true or false, not a list [A0110]\n  hint: write 'e: true' or 'e: false'"), problems());
  }

  @Test
  void aKeyIndentedUnderAKeyWithoutValueIsToldAsSuch() {
    YamlMapping m = yaml("title:\n  summary: y\nobjectives:\n  keypoints:\n    - a\n");
    assertEquals(Optional.empty(), m.string("title"));
    assertEquals(List.of(), m.stringList("objectives"));
    assertEquals(List.of(
        "a.md:3:3: error: 'title' has no value of its own: 'summary:' below is indented under it [A0115]\n"
            + "  hint: start 'summary:' where 'title:' starts (no space before it), and write the value of 'title' after 'title:'",
        "a.md:5:3: error: 'objectives' has no value of its own: 'keypoints:' below is indented under it [A0115]\n"
            + "  hint: start 'keypoints:' where 'objectives:' starts (no space before it), and write the value of 'objectives' after 'objectives:'"),
        problems());
  }

  @Test
  void theWholeTextMustBeAMapping() {
    assertEquals(Optional.empty(), YamlMapping.parse("5\n", "a.md", 2, diagnostics));
    assertEquals(Optional.empty(), YamlMapping.parse("- a\n", "a.md", 2, diagnostics));
    assertEquals(List.of(
        "a.md:2:1: error: expected 'key: value' lines, found a list [A0102]\n  hint: write one 'key: value' per line",
        "a.md:2:1: error: expected 'key: value' lines, found a number [A0102]\n  hint: write one 'key: value' per line"), problems(), "in reading order");
  }
}
