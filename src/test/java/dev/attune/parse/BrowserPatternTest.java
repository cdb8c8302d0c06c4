package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrowserPatternTest {
  /** Patterns both dialects read alike; the browser test runs the same list in Chromium. */
  static final List<String> ALIKE = List.of("dyads?", "(relational )?dyad", "colou?r", "[a-z]+ing", "\\d{1,2} ?min(utes)?",
      "one[- ]way", "(?:check|chat)-in", "a+?b", "x{2,}", "(?<=re)pair", "(?!no)\\w+", "(?<word>\\w+) \\k<word>", "\\bhi\\b",
      "[\\w']+", "caf[eé]", "a\\+b", "\\x41", "\\u00e9", "[^\\]]", "\\(note\\)", "[?+*]");

  @ParameterizedTest
  @ValueSource(strings = {"(?i)dyads?", "(?i:dyad)", "a++b", "a*+", "x{2}+", "a?+", "(?>ab)", "\\Adyad\\z", "dyad\\Z", "\\p{L}+",
      "\\P{Lu}", "\\Qc++\\E", "\\h+", "a\\Rb", "[a-z&&[^e]]", "[a[bc]]", "\\x{e9}", "\\e", "(?s).", "(?u-i)x"})
  void javaOnlyConstructsAreFound(String pattern) {
    Pattern.compile(pattern);
    assertTrue(BrowserPattern.problem(pattern).isPresent(), pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dyads?", "(relational )?dyad", "[a-z]+ing", "a+?b", "(?<=re)pair", "(?<word>\\w+) \\k<word>", "\\x41",
      "[?+*]", "a\\+b"})
  void sharedConstructsPass(String pattern) {
    assertEquals(Optional.empty(), BrowserPattern.problem(pattern), pattern);
  }

  @org.junit.jupiter.api.Test
  void everyAlikePatternPasses() {
    for (String pattern : ALIKE) {
      Pattern.compile(pattern);
      assertEquals(Optional.empty(), BrowserPattern.problem(pattern), pattern);
    }
  }

  @org.junit.jupiter.api.Test
  void theProblemSaysWhereAndWhat() {
    BrowserPattern.Problem problem = BrowserPattern.problem("dyad(?i)s").orElseThrow();
    assertEquals(4, problem.offset());
    assertEquals("the flags '(?i'", problem.construct());
  }
}
