package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.model.Body;
import dev.attune.model.HtmlPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown nested deeper than any walk of its tree can go is cut off and reported, wherever the nesting comes from. */
class NestingLimitTest {
  private final MarkdownParser parser = new MarkdownParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private String html(String markdown) {
    Body body = parser.parse(new SourceText("a.md", markdown, 1)).render(LinkTargets.KEEP_ALL, diagnostics);
    StringBuilder out = new StringBuilder();
    body.parts().forEach(p -> out.append(((HtmlPart) p).html().value()));
    return out.toString();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList();
  }

  private static String tooDeep(int line, int column, String depth) {
    return "a.md:" + line + ":" + column + ": error: block quotes, lists, blocks or emphasis nest " + depth
        + " levels deep here; at most 100 levels are allowed [A0410]";
  }

  @Test
  void aQuoteAtTheLimitRendersWhole() {
    // 98 quotes, the paragraph and its text: 100 levels.
    String html = html(">".repeat(98) + " deepest");
    assertEquals(List.of(), problems());
    assertTrue(html.contains("deepest"), html);
    assertEquals(98, html.split("<blockquote>", -1).length - 1);
  }

  @Test
  void oneLevelMoreIsAnErrorWhereTheLimitIsCrossed() {
    String html = html("Before.\n\n" + ">".repeat(99) + " deepest");
    assertEquals(List.of(tooDeep(3, 101, "101")), problems());
    assertTrue(html.contains("Before."), html);
    assertTrue(!html.contains("deepest"), "what is too deep is left out: " + html);
    Diagnostic diagnostic = diagnostics.all().get(0);
    assertTrue(diagnostic.hint().contains("flatten the nesting"), diagnostic.hint());
  }

  @Test
  void aHundredThousandQuotesParseWithoutOverflowing() {
    html(">".repeat(100_000) + " x");
    assertEquals(List.of(tooDeep(1, 101, "100,002")), problems());
  }

  @Test
  void listsNestedOnOneLineOrByIndentation() {
    html("- ".repeat(1000) + "x");
    StringBuilder indented = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      indented.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
    }
    html("\n" + indented);
    assertEquals(List.of(tooDeep(1, 101, "2,002"), tooDeep(51, 101, "122")), problems());
  }

  @Test
  void inlineNestingCountsToo() {
    html("*a ".repeat(10_000) + "x" + " b*".repeat(10_000));
    html("\n" + "![".repeat(1000) + "x" + "](x.png)".repeat(1000));
    html("\n\n" + "~~a ".repeat(1000) + "x" + " b~~".repeat(1000));
    assertEquals(List.of(tooDeep(1, 296, "10,002"), tooDeep(2, 199, "1,002"), tooDeep(3, 395, "1,002")), problems());
  }

  @Test
  void containersInsideContainers() {
    html(":::note\n".repeat(1000) + "x\n" + ":::\n".repeat(1000));
    assertEquals(tooDeep(101, 1, "1,002"), problems().get(problems().size() - 1));
  }

  @Test
  void aWorksheetFileAndInlineTextAreCheckedAsWell() {
    ParsedMarkdown worksheet = parser.parse(new SourceText("a.md", "> ".repeat(500) + "Intro.\n\n### Prompt {#prompt}\n", 1));
    worksheet.renderWorksheet("w", "W", LinkTargets.KEEP_ALL, diagnostics, new IdRegistry().page(0));
    parser.inline("*a ".repeat(300) + "x" + " b*".repeat(300), "a.md", new Position(4, 3), LinkTargets.KEEP_ALL, diagnostics, false);
    assertEquals(List.of(tooDeep(1, 201, "502"), tooDeep(4, 3, "302")), problems());
  }
}
