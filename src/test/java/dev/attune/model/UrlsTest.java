package dev.attune.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void relativeLinksBetweenPages() {
    assertEquals("../b/", Urls.relative("lessons/a/", "lessons/b/"));
    assertEquals("../../glossary/", Urls.relative("lessons/a/", "glossary/"));
    assertEquals("lessons/a/", Urls.relative("", "lessons/a/"));
    assertEquals("../../", Urls.relative("lessons/a/", ""));
    assertEquals("./", Urls.relative("lessons/a/", "lessons/a/"));
    assertEquals("../../assets/x.svg", Urls.relative("lessons/a/", "assets/x.svg"));
    assertEquals("../../b/", Urls.relative("lessons/m/a/", "lessons/b/"));
    assertEquals("about/", Urls.relative("404.html", "about/"));
    assertEquals("../a/", Urls.relative("lessons/ab/", "lessons/a/"), "a folder whose name starts like another's");
    assertEquals("../abc/", Urls.relative("lessons/ab/", "lessons/abc/"));
    assertEquals("x.pdf", Urls.relative("worksheets/a/", "worksheets/a/x.pdf"));
    assertEquals("../b/x.pdf", Urls.relative("lessons/m/a/", "lessons/m/b/x.pdf"));
    assertEquals("./", Urls.relative("", ""));
    assertEquals("../../../", Urls.relative("lessons/m/a/", ""));
  }

  @Test
  void rootPrefix() {
    assertEquals("", Urls.root(""));
    assertEquals("../../", Urls.root("lessons/a/"));
    assertEquals("", Urls.root("404.html"));
  }

  @Test
  void relativeLinksArePercentEncoded() {
    assertEquals("../../assets/a%20b%231.svg", Urls.relative("lessons/a/", "assets/a b#1.svg"));
    assertEquals("50%25.svg", Urls.relative("assets/x.svg", "assets/50%.svg"));
    assertEquals("../%E6%97%A5%E6%9C%AC%E8%AA%9E/", Urls.relative("lessons/a/", "lessons/日本語/"));
    assertEquals("../a/", Urls.relative("lessons/日本語/", "lessons/a/"), "only the part written out is encoded");
    assertEquals("./", Urls.relative("lessons/日本語/", "lessons/日本語/"));
  }

  @Test
  void encodesWhatWouldChangeAnAddressAndKeepsTheRest() {
    assertEquals("a%20b%231.svg", Urls.encode("a b#1.svg"));
    assertEquals("what%3F.svg", Urls.encode("what?.svg"));
    assertEquals("a%3Ab.svg", Urls.encode("a:b.svg"), "not a scheme");
    assertEquals("%25%22%3C%3E%5C%5E%60%7B%7C%7D", Urls.encode("%\"<>\\^`{|}"));
    assertEquals("lessons/caf%C3%A9/", Urls.encode("lessons/café/"));
    assertEquals("%F0%9F%99%82", Urls.encode("🙂"));
    assertEquals("a-b_c.d~e/f(1)+g,h;i=j&k!l$m'n*o@p", Urls.encode("a-b_c.d~e/f(1)+g,h;i=j&k!l$m'n*o@p"), "kept as they are");
  }

  @Test
  void decodesAsABrowserDoes() {
    assertEquals("a b#1.svg", Urls.decode("a%20b%231.svg"));
    assertEquals("日本語", Urls.decode("%E6%97%A5%E6%9C%AC%E8%AA%9E"));
    assertEquals("50%.svg", Urls.decode("50%.svg"), "a '%' that is not %XX stays");
    assertEquals("50%.svg", Urls.decode("50%25.svg"));
    assertEquals("100%z", Urls.decode("100%z"));
    assertEquals("a+b", Urls.decode("a+b"), "'+' is not a space in a path");
    assertEquals("\uFFFD.svg", Urls.decode("%FF.svg"), "bytes that are not UTF-8");
    for (String name : new String[] {"a b#1.svg", "50%.svg", "日本語/привет 🙂?.md", "a:b"}) {
      assertEquals(name, Urls.decode(Urls.encode(name)));
    }
  }
}
