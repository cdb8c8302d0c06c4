package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Body;
import dev.attune.model.HtmlPart;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Carpentries-style lesson blocks: how each kind renders, and the mistakes reported. */
class LessonBlocksTest {
  private final MarkdownParser parser = new MarkdownParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private Body body(String markdown) {
    return parser.parse(new SourceText("a.md", markdown, 1)).render(LinkTargets.KEEP_ALL, diagnostics);
  }

  private String html(String markdown) {
    StringBuilder out = new StringBuilder();
    body(markdown).parts().forEach(p -> out.append(((HtmlPart) p).html().value()));
    return out.toString();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList();
  }

  @ParameterizedTest
  @CsvSource({
      "note, Note", "tip, Tip", "caution, Caution", "try, Try this", "callout, Callout", "discussion, Discussion",
      "prereq, Prerequisite", "checklist, Checklist", "testimonial, Testimonial", "objectives, In this lesson you will",
      "questions, Questions", "keypoints, Key points", "challenge, Challenge"})
  void everyBoxKindHasItsClassAndTitle(String kind, String title) {
    String html = html(":::" + kind + "\nText.\n:::\n");
    assertEquals("<div class=\"callout callout-" + kind + "\" role=\"note\">\n<p class=\"callout-title\">" + title + "</p>\n<p>Text.</p>\n</div>\n", html);
    assertEquals(List.of(), problems());
  }

  @ParameterizedTest
  @CsvSource({"spoiler, Show more", "hint, Show hint", "solution, Show solution"})
  void solutionsHintsAndSpoilersAreClosedDetails(String kind, String summary) {
    String html = html(":::challenge\n:::" + kind + "\nThe answer.\n:::\n:::\n");
    assertTrue(html.contains("<details class=\"collapsible collapsible-" + kind + "\">\n<summary class=\"collapsible-summary\">" + summary
        + "</summary>\n<div class=\"collapsible-body\">\n<p>The answer.</p>\n</div>\n</details>\n"), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void aChallengeIsTitledByItsFirstHeadingWhichKeepsItsIdAndMarkdown() {
    String html = html("""
        ::::::::::::::::::::::::::::::::::::: challenge

        ## Choosing a *commit* message

        Which one?

        :::::::::::::::  solution

        ## Solution

        The third.

        :::::::::::::::::::::::::

        ::::::::::::::::::::::::::::::::::::::::::::::::::
        """);
    assertEquals("""
        <div class="callout callout-challenge" role="note" aria-labelledby="choosing-a-commit-message">
        <h2 id="choosing-a-commit-message"><a class="heading-link" href="#choosing-a-commit-message">Choosing a <em>commit</em> message</a></h2>
        <p>Which one?</p>
        <details class="collapsible collapsible-solution">
        <summary id="solution" class="collapsible-summary">Show solution</summary>
        <div class="collapsible-body">
        <p>The third.</p>
        </div>
        </details>
        </div>
        """, html);
    assertEquals(List.of(), problems());
  }

  @Test
  void aSolutionWithAHeadingOfItsOwnShowsItAsItsSummary() {
    String html = html(":::challenge\n::::solution\n### Why `git add` *first*\nBecause.\n::::\n:::\n");
    assertTrue(html.contains("<summary id=\"why-git-add-first\" class=\"collapsible-summary\">Why <code>git add</code> <em>first</em></summary>"), html);
    assertFalse(html.contains("<h3"), html);
  }

  @Test
  void pandocTrailingColonsAndAnyFenceLengthOpenAndClose() {
    String html = html("::: spoiler ::::::\nHidden.\n::::::::::::::::::\n\nAfter.\n");
    assertTrue(html.startsWith("<details class=\"collapsible collapsible-spoiler\">"), html);
    assertTrue(html.endsWith("</details>\n<p>After.</p>\n"), html);
    assertEquals(List.of(), problems());
  }

  @Test
  void instructorNotesAreNeverRenderedButKeptForTheFacilitators() {
    Body body = body("Before.\n\n:::instructor\n## Timing\nAsk the room *first*.\n:::\n\nAfter.\n");
    String html = ((HtmlPart) body.parts().get(0)).html().value();
    assertEquals("<p>Before.</p>\n<p>After.</p>\n", html);
    assertEquals(List.of("<h2 id=\"timing\"><a class=\"heading-link\" href=\"#timing\">Timing</a></h2>\n<p>Ask the room <em>first</em>.</p>"),
        body.instructorNotes().stream().map(h -> h.value()).toList());
    assertEquals(Set.of("instructor"), body.blocks());
    assertTrue(body.headings().isEmpty());
    assertFalse(parser.parse(new SourceText("a.md", ":::instructor\n## Timing\n:::\n", 1)).anchors().contains("timing"),
        "a learner page cannot link to a heading that is not on it");
  }

  @Test
  void aSolutionOutsideAChallengeIsAnError() {
    html("Intro\n\n:::solution\nThe answer.\n:::\n\n:::discussion\n:::hint\nOne.\n:::\n:::\n");
    assertEquals(List.of("a.md:3:1: error: a ':::solution' must be inside a ':::challenge' [A0418]"), problems());
    assertEquals("move it before the ':::' line that closes the challenge it belongs to, or make it a ':::spoiler' to stand alone",
        diagnostics.sorted().get(0).hint());
  }

  @Test
  void anUnknownBlockSuggestsTheNearestName() {
    html(":::chalenge\nx\n:::\n");
    assertEquals(List.of("a.md:1:4: error: unknown block ':::chalenge' [A0401]"), problems());
    assertEquals("did you mean 'challenge'?", diagnostics.sorted().get(0).hint());
  }

  @Test
  void anUnclosedFenceIsReportedWhereItOpens() {
    html("::::::: challenge\n## Q\n\n:::: solution\nA.\n::::\n");
    assertEquals(List.of("a.md:1:1: error: ':::challenge' is never closed [A0402]"), problems());
  }

  @Test
  void solutionsAreAlsoKeptForPrintWithTheirChallengeAndReportedOnce() {
    Body body = parser.parse(new SourceText("a.md", """
        :::challenge
        ## Pick *one*
        Which?
        :::hint
        Think.
        :::
        ::::solution
        ## Solution
        The [second](missing.md).
        ::::
        :::

        :::challenge
        No heading.
        :::solution
        ### Why it works
        Because.
        :::
        :::
        """, 1)).render((href, image) -> href.startsWith("missing") ? new LinkTarget.Broken("'" + href + "' does not exist", "fix it") : new LinkTarget.Keep(), diagnostics);
    assertEquals(List.of("Pick <em>one</em> | pick-one | Hint | <p>Think.</p>",
            "Pick <em>one</em> | pick-one | Solution | <p>The second.</p>",
            "Challenge 2 |  | Why it works | <p>Because.</p>"),
        body.solutions().stream().map(s -> s.challenge().value() + " | " + s.challengeId() + " | " + s.label().value() + " | " + s.html().value()).toList());
    assertEquals(List.of("a.md:9:5: error: 'missing.md' does not exist [A0411]"), problems());
  }

  @Test
  void aChallengeInsideAnInstructorNoteStaysOutOfThePrintAppendix() {
    Body body = body("::::instructor\n:::challenge\n## For the room\n:::solution\nTEACHER-ONLY answer.\n:::\n:::\n::::\n");
    assertEquals(List.of(), body.solutions());
    assertEquals(1, body.instructorNotes().size());
    assertTrue(body.instructorNotes().get(0).value().contains("TEACHER-ONLY answer."));
    assertTrue(body.parts().stream().noneMatch(p -> ((HtmlPart) p).html().value().contains("TEACHER-ONLY")));
    assertEquals(List.of(), problems());
  }
}
