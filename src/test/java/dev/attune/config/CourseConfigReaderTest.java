package dev.attune.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseConfigReaderTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private CourseConfig read(String yaml) {
    return CourseConfigReader.read(yaml, "content/course.yml", diagnostics);
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }

  @Test
  void readsEveryKeyWithDefaults() {
    CourseConfig config = read("""
        title: Mutual Empathy
        subtitle: Both ways
        description: A course.
        authors:
          - Ana
          - Ben
        license: CC BY-SA 4.0
        source:
          title: An article
          author: Someone
          url: https://example.org/a
          note: Derived.
        notice: Not therapy.
        base_url: https://example.org/course
        """);
    assertEquals(List.of(), problems());
    assertEquals("Mutual Empathy", config.title());
    assertEquals("en", config.language());
    assertEquals(List.of("Ana", "Ben"), config.authors());
    assertEquals(new SourceAttribution("An article", "Someone", "https://example.org/a", "Derived."), config.source());
    assertEquals("Not therapy.", config.notice());
    assertEquals("https://example.org/course/", config.baseUrl());
  }

  @Test
  void keepsTheThemeFolderAsWrittenWithItsLine() {
    CourseConfig config = read("title: T\ntheme: ../my-theme\n");
    assertEquals(List.of(), problems());
    assertEquals(java.util.Optional.of(new PathSetting("../my-theme", "content/course.yml", new dev.attune.diagnostics.Position(2, 8))), config.theme());
    assertEquals(java.util.Optional.empty(), read("title: T\n").theme());
  }

  @Test
  void anEmptyThemeIsAnError() {
    CourseConfig config = read("title: T\ntheme: \"\"\n");
    assertEquals(java.util.Optional.empty(), config.theme());
    assertEquals(List.of("content/course.yml:2:8: error: 'theme' is empty [A0109]\n  hint: write the folder of your templates after 'theme:', "
        + "relative to this file (e.g. theme: ../my-theme), or remove the line"), problems());
  }

  @Test
  void acceptsASingleAuthorAndASourceGivenAsText() {
    CourseConfig config = read("title: T\nauthors: Ana\nsource: An article\n");
    assertEquals(List.of("Ana"), config.authors());
    assertEquals("An article", config.source().title());
    assertEquals(List.of(), problems());
  }

  @Test
  void reportsUnknownKeysAtTheirLineWithASuggestion() {
    read("title: T\nlicence: CC BY\n");
    assertEquals(List.of("content/course.yml:2:1: error: unknown key 'licence' in course.yml [A0107]\n  hint: did you mean 'license'?"), problems());
  }

  @Test
  void reportsAMissingOrEmptyTitle() {
    read("subtitle: S\n");
    read("title: \"\"\n");
    assertEquals(List.of(
        "content/course.yml:1:1: error: missing 'title' [A0108]\n  hint: add a line 'title: the course title'",
        "content/course.yml:1:8: error: 'title' is empty [A0109]\n  hint: write the course title after 'title:'"), problems());
  }

  @Test
  void reportsBadValuesWhereTheyAre() {
    CourseConfig config = read("title: T\nlanguage: english!\nbase_url: ftp://x\nauthors:\n  - a: b\n");
    assertEquals("en", config.language());
    assertEquals("", config.baseUrl());
    assertEquals(List.of(
        "content/course.yml:2:11: error: 'language' must be a language tag such as 'en' or 'pt-BR', not 'english!' [A0114]",
        "content/course.yml:3:11: error: 'ftp://x' is not an http:// or https:// address [A0114]\n  hint: write the full address the site is published at, e.g. https://example.org/course/",
        "content/course.yml:5:5: error: each item of 'authors' must be text, found a mapping (nested 'key: value' lines) [A0110]\n  hint: if the item contains ': ', put it in quotes"),
        problems());
  }

  @Test
  void reportsSyntaxErrorsWithTheirPosition() {
    CourseConfig config = read("title: T\nsubtitle: a: b\n");
    assertEquals("Untitled course", config.title());
    assertEquals(1, diagnostics.errorCount());
    Diagnostic d = diagnostics.sorted().get(0);
    assertEquals(2, d.line());
    assertEquals(12, d.column());
  }

  @Test
  void reportsDuplicateKeys() {
    read("title: A\ntitle: B\n");
    assertEquals(List.of("content/course.yml:2:1: error: 'title' is given twice [A0106]\n  hint: remove one of the two lines"), problems());
  }

  @Test
  void aListWhereTextIsExpectedIsReported() {
    read("title:\n  - a\n");
    assertFalse(problems().isEmpty());
    assertEquals("content/course.yml:2:3: error: 'title' must be text, not a list [A0110]\n"
        + "  hint: write the text after 'title:' on the same line, in quotes if it starts with '[' or '{'", problems().get(0));
  }
}
