package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.model.Body;
import dev.attune.model.Item;
import dev.attune.model.Prompt;
import dev.attune.model.PromptKind;
import dev.attune.model.Scale;
import dev.attune.model.Worksheet;
import dev.attune.model.WorksheetPart;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorksheetReaderTest {
  private final MarkdownParser parser = new MarkdownParser();
  private final Diagnostics diagnostics = new Diagnostics();

  private Worksheet worksheet(String markdown) {
    Body body = parser.parse(new SourceText("a.md", markdown, 1, "lesson-one")).render(LinkTargets.KEEP_ALL, diagnostics);
    assertEquals(List.of(), problems());
    return body.parts().stream().filter(p -> p instanceof WorksheetPart).map(p -> ((WorksheetPart) p).worksheet()).findFirst().orElseThrow();
  }

  private List<String> problems() {
    return diagnostics.sorted().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void readsEveryPromptKindOfTheFixture() throws Exception {
    String lesson = Files.readString(dev.attune.testing.TestCourses.content("worksheets").resolve("lessons/01-every-kind.md"));
    Worksheet worksheet = worksheet(lesson.substring(lesson.indexOf("---", 3) + 4));
    assertEquals("kinds", worksheet.id());
    assertEquals("Every kind of prompt", worksheet.title());
    assertEquals("<p>Fill this in to check that worksheets work.</p>", worksheet.intro().value());
    assertTrue(worksheet.isForPartners());
    List<Prompt> prompts = worksheet.prompts();
    assertEquals(List.of(PromptKind.LONG, PromptKind.SHORT, PromptKind.SCALE, PromptKind.CHECKLIST, PromptKind.CHOICE,
        PromptKind.TABLE, PromptKind.PARTNER), prompts.stream().map(Prompt::kind).toList());

    Prompt today = prompts.get(0);
    assertEquals("today", today.id());
    assertEquals(3, today.lines());
    assertEquals("<p>A few sentences are enough.</p>", today.help().value());
    assertEquals("What happened today?", today.plainText());

    assertEquals(new Scale(1, 5, "Drained", "Energized"), prompts.get(2).scale());
    assertEquals(List.of("I listened", "I was listened to", "Neither"), prompts.get(3).items().stream().map(Item::text).toList());
    assertEquals(3, prompts.get(4).items().size());

    Prompt table = prompts.get(5);
    assertEquals("Pattern", table.rowHeader().value());
    assertEquals(List.of("What I felt", "What I needed"), table.columns().stream().map(Item::text).toList());
    assertEquals(List.of("Avoiding conflict", "Keeping quiet"), table.rows().stream().map(Item::text).toList());
    assertEquals(1, table.lines());

    assertEquals(List.of("Sam", "Alex"), prompts.get(6).people());
    assertEquals(2, prompts.get(6).lines());
  }

  @Test
  void defaultsAreALongPromptWithFiveLinesAndPartnersAAndB() {
    Worksheet worksheet = worksheet(":::worksheet\n### Write {#w}\n\n### Together {#t kind=partner}\n:::\n");
    assertEquals("lesson-one-worksheet", worksheet.id());
    assertEquals(WorksheetReader.DEFAULT_TITLE, worksheet.title());
    assertEquals(PromptKind.LONG, worksheet.prompts().get(0).kind());
    assertEquals(5, worksheet.prompts().get(0).lines());
    assertEquals(List.of("Partner A", "Partner B"), worksheet.prompts().get(1).people());
    assertNull(worksheet.prompts().get(0).scale());
  }

  @Test
  void itemIdsFollowTheTextSoReorderingKeepsAnswers() {
    Worksheet first = worksheet(":::worksheet id=a\n### Pick {#p kind=choice}\n- One\n- Two\n:::\n");
    Worksheet swapped = new WorksheetReaderTest().worksheet(":::worksheet id=a\n### Pick {#p kind=choice}\n- Two\n- One\n:::\n");
    assertEquals(first.prompts().get(0).items().get(0).id(), swapped.prompts().get(0).items().get(1).id());
  }

  @Test
  void aWholeFileCanBeAWorksheet() {
    ParsedMarkdown parsed = parser.parse(new SourceText("w.md", "Intro.\n\n### First {#first}\n\n### Second {#second kind=short}\n", 4, "x"));
    Optional<Worksheet> worksheet = parsed.renderWorksheet("weekly", "Weekly", LinkTargets.KEEP_ALL, diagnostics, new IdRegistry().page(0));
    assertEquals(List.of(), problems());
    assertEquals(List.of("first", "second"), worksheet.orElseThrow().prompts().stream().map(Prompt::id).toList());
    assertEquals("<p>Intro.</p>", worksheet.get().intro().value());
  }

  @Test
  void aWorksheetAndAQuizMayShareAnIdButTwoWorksheetsMayNot() {
    IdRegistry ids = new IdRegistry();
    parser.parse(new SourceText("a.md", ":::worksheet id=same\n### P {#p}\n:::\n\n:::quiz id=same\n### Q {#q}\n- [x] A\n- [ ] B\n:::\n", 1))
        .render(LinkTargets.KEEP_ALL, diagnostics, ids.page(0));
    ids.reportConflicts(diagnostics);
    assertEquals(List.of(), problems());
    parser.parse(new SourceText("b.md", ":::worksheet id=same\n### P {#p}\n:::\n", 1)).render(LinkTargets.KEEP_ALL, diagnostics, ids.page(1));
    ids.reportConflicts(diagnostics);
    assertEquals(List.of("b.md:1:1: error: the worksheet id 'same' is already used at a.md:1 [A0412]"), problems());
  }

  /** Pages render in parallel: the page first in course order keeps the id, whichever rendered first. */
  @Test
  void theEarlierPageInCourseOrderKeepsAnIdWhateverRendersFirst() {
    IdRegistry ids = new IdRegistry();
    parser.parse(new SourceText("b.md", ":::worksheet id=same\n### P {#p}\n:::\n", 1)).render(LinkTargets.KEEP_ALL, diagnostics, ids.page(7));
    parser.parse(new SourceText("a.md", "Text.\n\n:::worksheet id=same\n### P {#p}\n:::\n", 1)).render(LinkTargets.KEEP_ALL, diagnostics, ids.page(3));
    assertEquals(List.of(), problems());
    ids.reportConflicts(diagnostics);
    assertEquals(List.of("b.md:1:1: error: the worksheet id 'same' is already used at a.md:3 [A0412]"), problems());
  }

  @Test
  void anIdUsedTwiceOnOnePageIsCaughtAtOnce() {
    parser.parse(new SourceText("a.md", ":::worksheet id=same\n### P {#p}\n:::\n\n:::worksheet id=same\n### Q {#q}\n:::\n", 1))
        .render(LinkTargets.KEEP_ALL, diagnostics, new IdRegistry().page(0));
    assertEquals(List.of("a.md:5:1: error: the worksheet id 'same' is already used at a.md:1 [A0412]"), problems());
  }
}
