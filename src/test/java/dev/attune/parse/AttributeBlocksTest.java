package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Body;
import dev.attune.model.Heading;
import dev.attune.model.HtmlPart;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pandoc's attribute blocks on images, spans and code fences, and headings that link to themselves. */
class AttributeBlocksTest {
  private final MarkdownParser parser = new MarkdownParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private Body body(String markdown) {
    return parser.parse(new SourceText("a.md", markdown, 1)).render(LinkTargets.KEEP_ALL, diagnostics);
  }

  private String html(String markdown) {
    StringBuilder out = new StringBuilder();
    body(markdown).parts().forEach(p -> out.append(p instanceof HtmlPart h ? h.html().value() : ""));
    return out.toString();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void readsIdsClassesAndQuotedValuesWithEscapes() {
    String text = "{#fig-1 .wide .dark alt='the repository\\'s URL' width=\"40%\" height=20}";
    PandocAttributes.Read read = PandocAttributes.read(text, 0, text.length());
    assertTrue(read.ok(), read.error());
    assertEquals(text.length(), read.end());
    assertEquals("fig-1", read.attributes().id());
    assertEquals(List.of("wide", "dark"), read.attributes().classes());
    assertEquals("the repository's URL", read.attributes().values().get("alt"));
    assertEquals("40%", read.attributes().values().get("width"));
    assertEquals("20", read.attributes().values().get("height"));
  }

  @Test
  void saysWhatIsWrongWithABlockAndWhere() {
    assertEquals(null, PandocAttributes.read("{no closing brace", 0, 17));
    PandocAttributes.Read unclosed = PandocAttributes.read("{alt='open}", 0, 11);
    assertEquals("the quote ' after 'alt=' is never closed", unclosed.error());
    assertEquals(5, unclosed.errorOffset());
    PandocAttributes.Read bare = PandocAttributes.read("{.a word}", 0, 9);
    assertEquals("expected #id, .class or key=value here, found 'w'", bare.error());
    assertEquals(4, bare.errorOffset());
    assertEquals("a second id '#b' is given; an element has one id", PandocAttributes.read("{#a #b}", 0, 7).error());
  }

  @Test
  void anImageTakesItsAltTextAndSizeFromTheBlock() {
    String html = html("Look: ![](fig/x.svg){alt='A diagram of \"two\" things' width=\"40%\" height=120px} here.\n");
    assertTrue(html.contains("<img src=\"fig/x.svg\" alt=\"A diagram of &quot;two&quot; things\" class=\"img-w40\" height=\"120\" />")
        || html.contains("alt=\"A diagram of &quot;two&quot; things\""), html);
    assertTrue(html.contains("class=\"img-w40\""), html);
    assertTrue(html.contains("height=\"120\""), html);
    assertFalse(html.contains("{"), html);
    assertTrue(html.contains("</a>") || html.contains(" here."), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void anAltInTheBlockReplacesTheBracketsAndAnEmptyOneMarksDecoration() {
    String html = html("Inline ![old words](x.png){alt=\"new words\" width=300} and ![](y.png){alt=''}.\n");
    assertTrue(html.contains("alt=\"new words\""), html);
    assertTrue(html.contains("width=\"300\""), html);
    assertFalse(html.contains("old words"), html);
    assertTrue(html.contains("src=\"y.png\" alt=\"\""), html);
    assertEquals(List.of(), problems(), "alt='' is decoration on purpose, not a missing description");
  }

  @Test
  void anImageAloneWithWordsAndAnAltIsAFigureWithACaption() {
    String html = html("![A comic by *someone*](fig/c.png){alt='A student renames a file again and again'}\n");
    assertTrue(html.contains("<figure class=\"figure\">"), html);
    assertTrue(html.contains("alt=\"A student renames a file again and again\""), html);
    assertTrue(html.contains("<figcaption>A comic by <em>someone</em></figcaption>"), html);
    assertFalse(html.contains("<p>"), html);
  }

  @Test
  void anImageWithoutAnyDescriptionIsStillReported() {
    html("![](x.png){width=20}\n");
    assertEquals(List.of("a.md:1:1: warning: this image has no text alternative [A0408]"), problems());
  }

  @Test
  void unsafeAndUnknownAttributesAreLeftOutWithAWarning() {
    String html = html("![A](x.png){style=\"color:red\" onerror=\"alert(1)\" data-x=1 width=3in}\n\n[text]{.note onclick='x()' lang=fr}\n");
    assertFalse(html.contains("style"), html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("onclick"), html);
    assertFalse(html.contains("alert"), html);
    assertFalse(html.contains("data-x"), html);
    assertFalse(html.contains("3in"), html);
    assertTrue(html.contains("<span class=\"note\" lang=\"fr\">text</span>"), html);
    assertEquals(List.of(
        "a.md:1:13: warning: 'style' was left out: inline styles are blocked by the pages' Content-Security-Policy [A0415]",
        "a.md:1:31: warning: 'onerror' was left out: event handlers would run code in the learner's browser [A0415]",
        "a.md:1:50: warning: 'data-x' was left out: it is not an attribute an image may have [A0415]",
        "a.md:1:59: warning: width='3in' is not a size Attune can use, so it was left out [A0417]",
        "a.md:3:14: warning: 'onclick' was left out: event handlers would run code in the learner's browser [A0415]"), problems());
  }

  @Test
  void aMalformedBlockIsAnErrorWhereItGoesWrong() {
    html("See ![A](x.png){alt='never closed}.\n\n[span]{#a b}\n");
    assertEquals(List.of(
        "a.md:1:21: error: the quote ' after 'alt=' is never closed [A0403]",
        "a.md:3:11: error: expected #id, .class or key=value here, found 'b' [A0403]"), problems());
  }

  @Test
  void aBlockThatCodeRunsAcrossIsAnErrorRatherThanTextInSilence() {
    html("[x]{title='a `b'} c` d\n");
    assertEquals(List.of("a.md:1:4: error: this attribute block cannot be told apart from the code, quote or emphasis that runs"
        + " across its end, so it is left as text [A0403]"), problems());
  }

  @Test
  void bracesThatAreNoBlockStayText() {
    String html = html("A set [1, 2]{ and more and [a] {#x}\n");
    assertTrue(html.contains("[1, 2]{ and more"), html);
    assertTrue(html.contains("[a] {#x}"), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void aSpanGetsItsIdAndClassesAndItsIdIsALinkTarget() {
    ParsedMarkdown parsed = parser.parse(new SourceText("a.md", "## Intro\n\nA [key term]{#key-term .term} here.\n", 1));
    assertEquals(Set.of("intro", "key-term"), parsed.anchors());
    String html = html("A [key *term*]{#key-term .term .big} here.\n");
    assertTrue(html.contains("A <span id=\"key-term\" class=\"term big\">key <em>term</em></span> here."), html);
  }

  @Test
  void aSpanIdUsedTwiceOrByAHeadingIsAnError() {
    html("## Intro\n\n[a]{#intro} and [b]{#x} and [c]{#x}\n");
    assertEquals(List.of(
        "a.md:3:1: error: the id 'intro' is already used on this page, by a heading at line 1 [A0412]",
        "a.md:3:29: error: the id 'x' is already used on this page, by a span at line 3 [A0412]"), problems());
  }

  @Test
  void anImageIdIsALinkTargetToo() {
    ParsedMarkdown parsed = parser.parse(new SourceText("a.md", "![A](x.png){#fig-a}\n\n[b]{#fig-a}\n", 1));
    assertEquals(Set.of("fig-a"), parsed.anchors());
    parsed.render(LinkTargets.KEEP_ALL, diagnostics);
    assertEquals(List.of("a.md:3:1: error: the id 'fig-a' is already used on this page, by an image at line 1 [A0412]"), problems());
  }

  @Test
  void aReferenceLinkFollowedByBracesIsStillALink() {
    String html = html("[a ref]{.x}\n\n[a ref]: https://example.org\n");
    assertTrue(html.contains("<a href=\"https://example.org\">a ref</a>{.x}"), html);
  }

  @Test
  void outputAndErrorBlocksHaveAVisibleLabelAndLanguagesKeepTheirClass() {
    String html = html("""
        ```bash
        $ ls
        ```

        ```output
        a.txt
        ```

        ```{.error}
        fatal: not a git repository
        ```

        ```{.language-python}
        print(1)
        ```

        ```{.bash .output}
        x
        ```

        ```
        plain
        ```
        """);
    assertTrue(html.contains("<pre><code class=\"language-bash\">$ ls\n</code></pre>"), html);
    assertTrue(html.contains("<figure class=\"code-result code-result--output\">\n<figcaption class=\"code-result__label\">Output</figcaption>\n"
        + "<pre><code>a.txt\n</code></pre>\n</figure>"), html);
    assertTrue(html.contains("<figure class=\"code-result code-result--error\">\n<figcaption class=\"code-result__label\">Error</figcaption>\n"
        + "<pre><code>fatal: not a git repository\n</code></pre>"), html);
    assertTrue(html.contains("<pre><code class=\"language-python\">print(1)\n</code></pre>"), html);
    assertTrue(html.contains("Output</figcaption>\n<pre><code class=\"language-bash\">x\n</code></pre>"), html);
    assertTrue(html.contains("<pre><code>plain\n</code></pre>"), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void aCodeFenceTakesClassesOnly() {
    html("```{.output #x title=y}\nz\n```\n\n```{.output\nz\n```\n");
    assertEquals(List.of(
        "a.md:1:13: warning: '#x' is not an attribute a code block may have, so it was left out [A0415]",
        "a.md:1:16: warning: 'title' is not an attribute a code block may have, so it was left out [A0415]",
        "a.md:5:4: error: '{' is not closed by '}' [A0403]"), problems());
  }

  @Test
  void headingsLinkToThemselvesAndTheTableOfContentsKeepsOnlyTheirWords() {
    Body body = body("## First *one*\n\n## See [x](https://example.org)\n");
    String html = ((HtmlPart) body.parts().get(0)).html().value();
    assertTrue(html.contains("<h2 id=\"first-one\"><a class=\"heading-link\" href=\"#first-one\">First <em>one</em></a></h2>"), html);
    assertTrue(html.contains("<h2 id=\"see-x\">See <a href=\"https://example.org\">x</a>"
        + "<a class=\"heading-anchor\" href=\"#see-x\" aria-label=\"Link to this section\">#</a></h2>"), html);
    assertEquals(List.of("First <em>one</em>", "See <a href=\"https://example.org\">x</a>"),
        body.headings().stream().map(h -> h.title().value()).toList());
    String raw = html("## A <a href=\"https://example.org\">raw</a> link\n");
    assertTrue(raw.contains("link<a class=\"heading-anchor\" href=\"#a-raw-link\""), raw);
    assertFalse(raw.contains("heading-link"), "links cannot nest: " + raw);
  }

  @Test
  void onThisPageListsLevelThreeHeadingsWhenThereIsNoLevelTwo() {
    assertEquals(List.of("a", "b"), body("### A\n\n#### deeper\n\n### B\n").headings().stream().map(Heading::id).toList());
    assertEquals(List.of("a"), body("## A\n\n### B\n\n### C\n").headings().stream().map(Heading::id).toList());
  }

  @Test
  void quizAndWorksheetHeadingAttributesStillWork() {
    String html = html("""
        :::quiz
        ### Pick one {#q1 type=single}
        - [x] yes
        - [ ] no
        :::
        """);
    assertFalse(html.contains("{#q1"), html);
    assertEquals(List.of(), problems());
  }
}
