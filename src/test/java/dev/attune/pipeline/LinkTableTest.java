package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.attune.parse.LinkTarget;
import dev.attune.parse.LinkTargets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTableTest {
  private final LinkTable table = table();
  private final LinkTargets fromLesson = table.from("lessons/01-a.md", "lessons/a/");

  private static LinkTable table() {
    LinkTable table = new LinkTable(Set.of("lessons/09-draft.md"));
    table.addDocument("lessons/01-a.md", "lessons/a/", Set.of("intro"));
    table.addDocument("lessons/02-b.md", "lessons/b/", Set.of("details"));
    table.addDocument("pages/glossary.md", "glossary/", Set.of("mutual-empathy"));
    table.addDocument("index.md", "", Set.of());
    table.addAsset("assets/cycle.svg", "assets/cycle.svg");
    return table;
  }

  @Test
  void rewritesLinksToSourceFilesAsLinksToPages() {
    assertEquals(new LinkTarget.Rewrite("../b/"), fromLesson.resolve("02-b.md", false));
    assertEquals(new LinkTarget.Rewrite("../../glossary/#mutual-empathy"), fromLesson.resolve("../pages/glossary.md#mutual-empathy", false));
    assertEquals(new LinkTarget.Rewrite("../../"), fromLesson.resolve("../index.md", false));
    assertEquals(new LinkTarget.Rewrite("../../assets/cycle.svg"), fromLesson.resolve("../assets/cycle.svg", true));
    assertEquals(new LinkTarget.Rewrite("#intro"), fromLesson.resolve("01-a.md#intro", false));
    assertEquals(new LinkTarget.Rewrite("lessons/a/"), table.from("index.md", "").resolve("lessons/01-a.md", false));
  }

  @Test
  void keepsOutsideAddressesAndAnchors() {
    assertEquals(new LinkTarget.Keep(), fromLesson.resolve("https://example.org/x", false));
    assertEquals(new LinkTarget.Keep(), fromLesson.resolve("mailto:a@example.org", false));
    assertEquals(new LinkTarget.Keep(), fromLesson.resolve("#intro", false));
    assertEquals(new LinkTarget.Keep(), fromLesson.resolve("data:image/png;base64,AAAA", true));
  }

  @Test
  void reportsLinksThatLeadNowhere() {
    assertEquals("'02-c.md' does not exist in the content folder", broken("02-c.md").message());
    assertEquals("did you mean '02-b.md'?", broken("02-c.md").hint());
    assertEquals("did you mean '../pages/glossary.md'?", broken("glossary.md").hint());
    assertEquals("'lessons/02-b.md' has no heading with the id 'detail'", broken("02-b.md#detail").message());
    assertEquals("did you mean 'details'?", broken("02-b.md#detail").hint());
    assertEquals("this page has no heading with the id 'intr'", broken("#intr").message());
    assertEquals("'09-draft.md' is a draft, which this build does not publish", broken("09-draft.md").message());
    assertEquals("'../../x.md' points outside the content folder", broken("../../x.md").message());
  }

  @Test
  void imagesMustBePartOfTheCourse() {
    LinkTarget remote = fromLesson.resolve("https://example.org/a.png", true);
    assertEquals(LinkTarget.Broken.class, remote.getClass());
  }

  @Test
  void resolvesPathsInsideTheContentFolder() {
    assertEquals("lessons/b.md", LinkTable.resolvePath("lessons", "./b.md"));
    assertEquals("pages/g.md", LinkTable.resolvePath("lessons/m", "../../pages/g.md"));
    assertNull(LinkTable.resolvePath("lessons", "../../x"));
    assertEquals("a b.md", LinkTable.resolvePath("", "a b.md"));
  }

  private LinkTarget.Broken broken(String href) {
    return (LinkTarget.Broken) fromLesson.resolve(href, false);
  }
}
