package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.model.Body;
import dev.attune.model.Html;
import dev.attune.parse.IdRegistry;
import dev.attune.parse.LinkTargets;
import dev.attune.parse.MarkdownParser;
import dev.attune.parse.ParsedMarkdown;
import dev.attune.parse.SourceText;
import dev.attune.testing.FuzzChecks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Any text as a lesson's Markdown, taken through the calls the build makes (parse, anchors into
 * the link table, render with links resolved, objectives as inline Markdown, the build cache),
 * gives a body or positioned diagnostics, never an exception; and the same text gives the same
 * result every time. Seeds: {@code LessonFuzzTestInputs/} (the shipped course's lessons and
 * real lessons from elsewhere); to fuzz, see docs/fuzzing.md.
 */
class LessonFuzzTest {
  private static final String PATH = "content/lessons/01-fuzz.md";
  private static final String URL = "lessons/fuzz/";
  private final MarkdownParser parser = new MarkdownParser();

  private record Rendered(Body body, List<Html> objectives, Set<?> diagnostics) {}

  @FuzzTest(maxDuration = "5m")
  void rendersAnyLesson(byte[] bytes) throws IOException {
    String text = FuzzChecks.text(bytes);
    Diagnostics diagnostics = new Diagnostics();
    Rendered first = render(text, diagnostics);
    FuzzChecks.diagnosticsInside(diagnostics, PATH, text);
    FuzzChecks.noScriptAdded(text, first.toString());
    assertEquals(first, render(text, new Diagnostics()), "the same text rendered twice");
    assertEquals(first.body(), throughTheBuildCache(first.body()), "the body as the build cache gives it back");
  }

  private Rendered render(String text, Diagnostics diagnostics) {
    ParsedMarkdown parsed = parser.parse(new SourceText(PATH, text, 1, "fuzz"));
    LinkTable links = new LinkTable(Set.of("lessons/09-draft.md"), Set.of());
    links.addDocument("lessons/01-fuzz.md", URL, parsed.anchors());
    links.addDocument("lessons/02-next.md", "lessons/next/", Set.of("intro"));
    links.addDocument("index.md", "", Set.of());
    links.addAsset("assets/diagram.svg", "assets/diagram.svg");
    LinkTargets targets = links.from("lessons/01-fuzz.md", URL);
    IdRegistry ids = new IdRegistry();
    Body body = parsed.render(targets, diagnostics, ids.page(0));
    ids.reportConflicts(diagnostics);
    // The first line as a learning objective, which front matter gives as inline Markdown.
    String firstLine = text.lines().findFirst().orElse("");
    Html objective = parser.inline(firstLine, PATH, new Position(1, 1), targets, diagnostics, false);
    return new Rendered(body, List.of(objective), Set.copyOf(diagnostics.all()));
  }

  private static Object throughTheBuildCache(Body body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new CacheCodec.Writer(out).write(body);
    }
    return new CacheCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))).read();
  }
}
