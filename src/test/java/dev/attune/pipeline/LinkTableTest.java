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
    LinkTable table = new LinkTable(Set.of("lessons/09-draft.md"), Set.of("lessons/05-unreadable.md"));
    table.addDocument("lessons/01-a.md", "lessons/a/", Set.of("intro"));
    table.addDocument("lessons/02-b.md", "lessons/b/", Set.of("details"));
    table.addDocument("pages/glossary.md", "glossary/", Set.of("mutual-empathy"));
    table.addDocument("index.md", "", Set.of());
    table.addAsset("assets/cycle.svg", "assets/cycle.svg");
    table.addAsset("assets/a b#1.svg", "assets/a b#1.svg");
    table.addAsset("assets/50%.svg", "assets/50%.svg");
    table.addAsset("assets/caf\u00E9.svg", "assets/caf\u00E9.svg");
    table.addDocument("lessons/03-日本語.md", "lessons/日本語/", Set.of("заголовок"));
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
  void findsTheFileABrowserLoadsForAnAddressRelativeToThePage() {
    assertEquals(java.util.Optional.of("assets/cycle.svg"), table.assetAt("lessons/a/", "../../assets/cycle.svg"));
    assertEquals(java.util.Optional.of("assets/a b#1.svg"), table.assetAt("lessons/a/", "../../assets/a%20b%231.svg?v=2"));
    assertEquals(java.util.Optional.of("assets/cycle.svg"), table.assetAt("", "assets/cycle.svg"));
    assertEquals(java.util.Optional.empty(), table.assetAt("lessons/a/", "../assets/cycle.svg"), "relative to the file, not the page");
    assertEquals(java.util.Optional.empty(), table.assetAt("lessons/a/", "../../lessons/a/"), "a page is not a copied file");
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

  @Test
  void fileNamesMayBeWrittenAsUrlsOrAsTheyAre() {
    LinkTarget.Rewrite encoded = new LinkTarget.Rewrite("../../assets/a%20b%231.svg");
    assertEquals(encoded, fromLesson.resolve("../assets/a%20b%231.svg", true));
    assertEquals(encoded, fromLesson.resolve("../assets/a b#1.svg", true), "<../assets/a b#1.svg>: no file 'a b', so the '#' is part of the name");
    assertEquals(new LinkTarget.Rewrite("../../assets/50%25.svg"), fromLesson.resolve("../assets/50%25.svg", true));
    assertEquals(new LinkTarget.Rewrite("../../assets/50%25.svg"), fromLesson.resolve("../assets/50%.svg", true), "a '%' that is not %XX");
    assertEquals(new LinkTarget.Rewrite("../../assets/cycle.svg#part"), fromLesson.resolve("../assets/cycle.svg#part", true));
  }

  @Test
  void namesInOtherScriptsAreEncodedAndTheirAnchorsFound() {
    String page = "../%E6%97%A5%E6%9C%AC%E8%AA%9E/";
    String anchor = "#%D0%B7%D0%B0%D0%B3%D0%BE%D0%BB%D0%BE%D0%B2%D0%BE%D0%BA";
    assertEquals(new LinkTarget.Rewrite(page), fromLesson.resolve("03-日本語.md", false));
    assertEquals(new LinkTarget.Rewrite(page), fromLesson.resolve("03-%E6%97%A5%E6%9C%AC%E8%AA%9E.md", false));
    assertEquals(new LinkTarget.Rewrite(page + anchor), fromLesson.resolve("03-日本語.md#заголовок", false));
    assertEquals(new LinkTarget.Rewrite(page + anchor), fromLesson.resolve("03-日本語.md" + anchor, false), "a percent-encoded fragment");
    assertEquals(new LinkTarget.Keep(), table.from("lessons/03-日本語.md", "lessons/日本語/").resolve(anchor, false));
    assertEquals("'lessons/03-日本語.md' has no heading with the id 'заголовк'", broken("03-日本語.md#заголовк").message());
  }

  @Test
  void namesAreComparedInNfc() {
    String nfd = "../assets/cafe\u0301.svg";
    assertEquals(new LinkTarget.Rewrite("../../assets/caf%C3%A9.svg"), fromLesson.resolve(nfd, true));
    assertEquals(new LinkTarget.Rewrite("../../assets/caf%C3%A9.svg"), fromLesson.resolve("../assets/cafe%CC%81.svg", true));
  }

  @Test
  void linksToAFileThatCouldNotBeReadAreLeftAlone() {
    assertEquals(new LinkTarget.Keep(), fromLesson.resolve("05-unreadable.md", false));
    assertEquals(new LinkTarget.Keep(), fromLesson.resolve("05-unreadable.md#any-heading", false), "its headings are unknown");
    assertEquals(java.util.Optional.of("lessons/05-unreadable.md"), table.fileOf("lessons/01-a.md", "05-unreadable.md"));
  }

  @Test
  void anOutsideAddressWithASpaceGetsItEncoded() {
    assertEquals(new LinkTarget.Rewrite("https://example.org/a%20b"), fromLesson.resolve("https://example.org/a b", false));
  }
}
