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
}
