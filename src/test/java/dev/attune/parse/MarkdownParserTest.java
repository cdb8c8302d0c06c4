package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.model.Body;
import dev.attune.model.Heading;
import dev.attune.model.HtmlPart;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
  private final MarkdownParser parser = new MarkdownParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private String html(String markdown) {
    return html(markdown, LinkTargets.KEEP_ALL);
  }

  private String html(String markdown, LinkTargets links) {
    Body body = parser.parse(new SourceText("a.md", markdown, 1)).render(links, diagnostics);
    StringBuilder out = new StringBuilder();
    body.parts().forEach(p -> out.append(((HtmlPart) p).html().value()));
    return out.toString();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void rendersTheExtensionsAuthorsExpect() {
    String html = html("""
        ## A "quoted" heading -- really

        | a | b |
        |---|---|
        | 1 | 2 |

        Text.[^1] Visit https://example.org now... ~~old~~

        [^1]: A note.

        Term
        : Definition.

        - [x] done
        - [ ] open
        """);
    assertTrue(html.contains("<h2 id=\"a-quoted-heading-really\"><a class=\"heading-link\" href=\"#a-quoted-heading-really\">A \u201Cquoted\u201D heading &ndash; really</a></h2>"), html);
    assertTrue(html.contains("<table class=\"table\">"), html);
    assertTrue(html.contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>"), html);
    assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a> now&hellip;"), html);
    assertTrue(html.contains("<del>old</del>"), html);
    assertTrue(html.contains("<dt>Term</dt>\n<dd>Definition.</dd>"), html);
    assertTrue(html.contains("<li class=\"task-list-item\"><input type=\"checkbox\" disabled checked> done</li>"), html);
    assertEquals(List.of(), problems());
  }

  /** The examples of docs/authoring.md's rule for heading ids, which is not the rule for addresses. */
  @Test
  void headingIdsDropPunctuationAndKeepAccentsAsTheGuideSays() {
    ParsedMarkdown parsed = parser.parse(new SourceText("a.md",
        "## Relational dyad\n\n## Don't panic\n\n## Rock & roll\n\n## Café\n\n## 日本語の見出し\n\n## Don't panic\n", 1));
    Body body = parsed.render(LinkTargets.KEEP_ALL, diagnostics);
    assertEquals(List.of("relational-dyad", "dont-panic", "rock-roll", "café", "日本語の見出し", "dont-panic-1"),
        body.headings().stream().map(Heading::id).toList());
  }

  @Test
  void listsEveryAddressTheBodyNamesAsWritten() {
    ParsedMarkdown parsed = parser.parse(new SourceText("a.md", """
        See [the map](../assets/map.pdf), ![A chart](<../assets/a b.svg>) and [a ref][r].

        [r]: ../assets/ref.png

        :::note
        [In a callout](02-b.md#x)
        :::

        <video src="../../assets/v.mp4" poster='../../assets/p.jpg'><source src="../../assets/v.webm"></video>
        An <img srcset="../../assets/s1.png 1x, ../../assets/s2.png 2x" src=""> inline, and `[code](not-a-link.md)`.
        """, 1));
    assertEquals(List.of("../assets/map.pdf", "../assets/a b.svg", "../assets/ref.png", "02-b.md#x", "../../assets/v.mp4", "../../assets/p.jpg",
        "../../assets/v.webm", "../../assets/s1.png", "../../assets/s2.png"), parsed.addresses());
  }

  @Test
  void headingIdsAreStableAndUnique() {
    ParsedMarkdown parsed = parser.parse(new SourceText("a.md", "## Growth-fostering relationship\n\n## Repair\n\n## Repair\n", 1));
    assertEquals(Set.of("growth-fostering-relationship", "repair", "repair-1"), parsed.anchors());
    Body body = parsed.render(LinkTargets.KEEP_ALL, diagnostics);
    assertEquals(List.of("growth-fostering-relationship", "repair", "repair-1"), body.headings().stream().map(Heading::id).toList());
  }

  @Test
  void rendersCalloutsWithTheirTitle() {
    String html = html(":::tip title=\"A gentle start\"\nSay *one* thing.\n:::\n\n:::try\nNotice.\n:::\n");
    assertEquals("""
        <div class="callout callout-tip" role="note">
        <p class="callout-title">A gentle start</p>
        <p>Say <em>one</em> thing.</p>
        </div>
        <div class="callout callout-try" role="note">
        <p class="callout-title">Try this</p>
        <p>Notice.</p>
        </div>
        """, html);
  }

  @Test
  void closesAContainerRightAfterAParagraphOrList() {
    String html = html(":::note\nText\n:::\n## After\n\n:::caution\n- a\n- b\n:::\nAfter list\n");
    assertTrue(html.contains("<p>Text</p>\n</div>\n<h2 id=\"after\"><a class=\"heading-link\" href=\"#after\">After</a></h2>"), html);
    assertTrue(html.contains("</ul>\n</div>\n<p>After list</p>"), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void aClosingLineInsideCodeIsCode() {
    String html = html(":::note\n```\n:::\n```\n:::\n");
    assertTrue(html.contains("<pre><code>:::\n</code></pre>\n</div>"), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void containersNest() {
    String html = html(":::note\nOuter\n:::tip\nInner\n:::\nOuter again\n:::\n");
    assertTrue(html.contains("<p class=\"callout-title\">Tip</p>\n<p>Inner</p>\n</div>\n<p>Outer again</p>\n</div>"), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void reportsBlockMistakesWhereTheyAre() {
    html("Intro\n\n:::nte\nx\n:::\n\ntext\n:::\n\n:::tip\nnever closed\n");
    assertEquals(List.of(
        "a.md:3:4: error: unknown block ':::nte' [A0401]",
        "a.md:8:1: error: ':::' closes no block [A0406]",
        "a.md:10:1: error: ':::tip' is never closed [A0402]"), problems());
  }

  @Test
  void warnsAboutATitleHeadingInTheBody() {
    html("# Title again\n");
    assertEquals(List.of("a.md:1:1: warning: a '#' heading in the body repeats the page title [A0407]"), problems());
  }

  @Test
  void resolvesLinksAndImagesThroughTheBuild() {
    LinkTargets links = (href, image) -> href.endsWith(".md")
        ? new LinkTarget.Rewrite("../b/")
        : href.startsWith("bad") ? new LinkTarget.Broken("broken " + href, "fix it") : new LinkTarget.Keep();
    String html = html("See [b](b.md) and ![x](x.svg).\n\n[oops](bad.md5)", links);
    assertTrue(html.contains("<a href=\"../b/\">b</a>"), html);
    assertTrue(html.contains("<img src=\"x.svg\" alt=\"x\" />"), html);
    assertEquals(List.of("a.md:3:1: error: broken bad.md5 [A0411]"), problems());
  }

  @Test
  void reportsPositionsInTheFileAfterFrontMatter() {
    parser.parse(new SourceText("a.md", "\n\n:::bogus\n:::\n", 5)).render(LinkTargets.KEEP_ALL, diagnostics);
    Diagnostic d = diagnostics.sorted().get(0);
    assertEquals(7, d.line());
    assertEquals(4, d.column());
  }

  @Test
  void rendersInlineMarkdownWithoutParagraphTags() {
    assertEquals("Describe <em>active</em> listening.",
        parser.inline("Describe *active* listening.", "a.md", new Position(3, 5), LinkTargets.KEEP_ALL, diagnostics, false).value());
  }
}
