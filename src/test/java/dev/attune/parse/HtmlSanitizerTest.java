package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.BodyPart;
import dev.attune.model.HtmlPart;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
  /** Every construct of course Markdown, rendered by Attune's own renderer. */
  private static final String EVERYTHING = """
      Intro with *em*, **strong**, `code`, ~~strike~~, [link](https://x.org "title"), ![alt](a.png "t"),
      <https://auto.org>, www.example.com, "quotes" -- dashes... and a footnote[^1].

      ## Heading two

      ### Heading *three*

      > quote
      > > nested

      1. one
      2. two
         - nested

      - [ ] task
      - [x] done

      | a | b | c |
      |:--|:-:|--:|
      | 1 | 2 | 3 |

      ```java
      code block
      ```

          indented code

      Term
      : Definition

      ---

      :::note
      A note
      :::

      :::tip title="T"
      tip
      :::

      Line\\
      break

      [^1]: The footnote.
      """;

  @Test
  void cleaningKeepsEverythingMarkdownMakes() {
    String html = body(EVERYTHING);
    assertEquals(normalized(html), normalized(HtmlSanitizer.clean(html)));
  }

  @Test
  void aPageWithRawHtmlKeepsItsMarkdownMarkupWhole() {
    String withRaw = body(EVERYTHING + "\nPress <kbd>Ctrl</kbd>.\n");
    String trusted = html(new MarkdownParser().parse(new SourceText("a.md", EVERYTHING + "\nPress <kbd>Ctrl</kbd>.\n", 1), true));
    assertEquals(normalized(trusted), normalized(withRaw));
  }

  @Test
  void removesWhatRunsOrLoadsAndKeepsFormatting() {
    assertEquals("<p>a <b>b</b> <kbd>c</kbd></p>", HtmlSanitizer.clean("<p onclick=\"x()\">a <b style=\"x\">b</b> <kbd>c</kbd><script>x()</script></p>"));
    assertEquals("<a>x</a> <a href=\"https://example.org/\">y</a>",
        HtmlSanitizer.clean("<a href=\"jAvAsCrIpT&#58;x()\">x</a> <a href=\"https://example.org/\">y</a>"));
    assertEquals("<img alt=\"t\"> <img src=\"a.png\" alt=\"u\">", HtmlSanitizer.clean("<img src=\"https://e.example/t.png\" alt=\"t\"> <img src=\"a.png\" alt=\"u\">"));
    assertEquals("<details open><summary>S</summary>text</details>", HtmlSanitizer.clean("<details open><summary>S</summary>text</details>"));
    assertEquals("Go", HtmlSanitizer.clean("<form action=\"https://e.example/\"><input type=\"text\" name=\"q\"><button>Go</button></form>"));
    assertEquals("<input type=\"checkbox\" checked disabled> task", HtmlSanitizer.clean("<input type=\"checkbox\" checked> task"));
    assertEquals("", HtmlSanitizer.clean("<iframe src=\"https://e.example/\"></iframe><object data=\"x\"></object><style>p{}</style>"));
  }

  @Test
  void reportsEachRemovalWhereItIsWritten() {
    List<String> removals = new ArrayList<>();
    HtmlSanitizer.report("<p>ok</p><img src=x onerror=y alt=\"\">\n<script>x()</script><b>fine</b>",
        (offset, message) -> removals.add(offset + " " + message));
    assertEquals(List.of(
        "9 'onerror' on '<img>' was removed: event handlers run code in the learner's browser",
        "38 '<script>' was removed: it would run code, load from elsewhere or change the page around the lesson"), removals);
  }

  @Test
  void whatIsInsideARemovedElementIsNotReportedAgain() {
    List<String> removals = new ArrayList<>();
    HtmlSanitizer.report("<object data=\"x\"><img src=x onerror=y></object>", (offset, message) -> removals.add(offset + " " + message));
    assertEquals(1, removals.size(), removals.toString());
  }

  private static String body(String markdown) {
    return html(new MarkdownParser().parse(new SourceText("a.md", markdown, 1)));
  }

  private static String html(ParsedMarkdown parsed) {
    StringBuilder html = new StringBuilder();
    for (BodyPart part : parsed.render(LinkTargets.KEEP_ALL, new Diagnostics()).parts()) {
      html.append(((HtmlPart) part).html().value());
    }
    return html.toString();
  }

  private static String normalized(String html) {
    var document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    return document.body().html();
  }
}
