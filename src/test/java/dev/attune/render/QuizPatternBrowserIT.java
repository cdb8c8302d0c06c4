package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.testing.Chromium;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The patterns the build lets through (parse.BrowserPattern) compile in Chromium and accept the
 * same answers there as here, run exactly as the quiz script runs them.
 */
@ExtendWith(Chromium.class)
class QuizPatternBrowserIT {
  private static final List<String> PATTERNS = List.of("dyads?", "(relational )?dyad", "colou?r", "[a-z]+ing", "\\d{1,2} ?min(utes)?",
      "one[- ]way", "(?:check|chat)-in", "a+?b", "x{2,}", "(?<=re)pair", "(?!no)\\w+", "(?<word>\\w+) \\k<word>", "\\bhi\\b",
      "[\\w']+", "caf[eé]", "a\\+b", "\\x41", "\\u00e9", "[^\\]]", "\\(note\\)", "[?+*]");
  private static final List<String> ANSWERS = List.of("dyad", "dyads", "Relational dyad", "color", "COLOUR", "talking", "5 min",
      "12 minutes", "one-way", "one way", "check-in", "chat-in", "aab", "xx", "xxx", "pair", "repair", "nope", "yes", "hi hi", "hi",
      "don't", "café", "CAFÉ", "cafe", "a+b", "A", "a", "é", "]", "(note)", "?", "+", "");

  @Test
  void everyAllowedPatternAcceptsTheSameAnswersInTheBrowser() {
    ChromeDriver browser = Chromium.start(true);
    try {
      browser.get("about:blank");
      @SuppressWarnings("unchecked")
      List<List<Boolean>> inBrowser = (List<List<Boolean>>) browser.executeScript("""
          var answers = arguments[1];
          return arguments[0].map(function (p) {
            var re = new RegExp("^(?:" + p + ")$", "i");
            return answers.map(function (answer) { return re.test(answer); });
          });
          """, PATTERNS, ANSWERS);
      List<List<Boolean>> here = new ArrayList<>();
      for (String pattern : PATTERNS) {
        Pattern compiled = Pattern.compile("^(?:" + pattern + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        here.add(ANSWERS.stream().map(answer -> compiled.matcher(answer).matches()).toList());
      }
      for (int i = 0; i < PATTERNS.size(); i++) {
        assertEquals(here.get(i), inBrowser.get(i), "pattern " + PATTERNS.get(i) + " on " + ANSWERS);
      }
    } finally {
      browser.quit();
    }
  }
}
