package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.testing.TestCourses;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The id of a {@code [text]{#id}} span is a link target like a heading's, checked the same way. */
class SpanLinksIT {
  @TempDir Path dir;

  private List<String> check(String first, String second) {
    Path content = dir.resolve("content");
    TestCourses.write(content.resolve("course.yml"), "title: T\n");
    TestCourses.write(content.resolve("lessons/01-a.md"), "---\ntitle: A\n---\n" + first);
    TestCourses.write(content.resolve("lessons/02-b.md"), "---\ntitle: B\n---\n" + second);
    BuildOptions options = new BuildOptions(content, "content", Optional.empty(), "", dir.resolve("site"), Optional.empty(),
        false, false, Optional.empty(), false);
    return new SiteBuilder(BuildListener.SILENT).check(options).diagnostics().sorted().stream()
        .map(Diagnostic::format).map(s -> s.lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void linksToASpanIdOnThePageAndFromAnotherPageAreValid() {
    assertEquals(List.of(), check("A [key term]{#key-term .term}; see [it](#key-term).\n",
        "See [the term](01-a.md#key-term).\n"));
  }

  @Test
  void aLinkToASpanIdThatIsNotThereIsStillAnError() {
    assertEquals(List.of(
        "content/lessons/01-a.md:5:5: error: this page has no heading with the id 'key-trem' [A0411]",
        "content/lessons/02-b.md:4:5: error: 'lessons/01-a.md' has no heading with the id 'keyterm' [A0411]"),
        check("A [key term]{#key-term}.\nSee [it](#key-trem).\n", "See [the term](01-a.md#keyterm).\n"));
  }
}
