package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.HtmlPart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Thematic breaks found by a loop exactly where Flexmark's regular expression found them, and long lines that overflowed it. */
class ThematicBreaksTest {
  /** Flexmark's ThematicBreakParser.PATTERN, which {@link ThematicBreaks#isBreak} replaces. */
  private static final Pattern FLEXMARK = Pattern.compile("^(?:(?:\\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$");
  /** The closing line's regular expression, which {@link ContainerBlockParser#isClosing} replaces. */
  private static final Pattern CLOSING = Pattern.compile("^:{3,}[ \\t]*$");

  /** Every string of up to {@code length} characters from {@code alphabet}. */
  private static List<String> allStrings(String alphabet, int length) {
    List<String> all = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int n = 1; n <= length; n++) {
      List<String> next = new ArrayList<>();
      for (String s : previous) {
        for (char c : alphabet.toCharArray()) {
          next.add(s + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }

  @Test
  void agreesWithFlexmarksPatternOnEveryShortLine() {
    for (String line : allStrings("*-_ \tx\n", 6)) {
      assertEquals(FLEXMARK.matcher(line).matches(), ThematicBreaks.isBreak(line), "'" + line + "'");
    }
  }

  @Test
  void closingLinesAgreeWithTheirPattern() {
    for (String line : allStrings(": \tx", 6)) {
      assertEquals(CLOSING.matcher(line).matches(), ContainerBlockParser.isClosing(line), "'" + line + "'");
    }
  }

  @Test
  void longLinesOfBreakCharactersParse() {
    MarkdownParser parser = new MarkdownParser();
    Diagnostics diagnostics = new Diagnostics();
    for (String text : List.of("*".repeat(100_000), "*".repeat(100_000) + "x", "- ".repeat(50_000), "_".repeat(100_000) + " x", "-".repeat(100_000))) {
      StringBuilder html = new StringBuilder();
      parser.parse(new SourceText("a.md", text, 1)).render(LinkTargets.KEEP_ALL, diagnostics).parts()
          .forEach(p -> html.append(((HtmlPart) p).html().value()));
      assertEquals(ThematicBreaks.isBreak(text), html.toString().equals("<hr />\n"), text.substring(0, 10));
    }
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }
}
