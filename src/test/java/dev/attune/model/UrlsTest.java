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
  }

  @Test
  void rootPrefix() {
    assertEquals("", Urls.root(""));
    assertEquals("../../", Urls.root("lessons/a/"));
    assertEquals("", Urls.root("404.html"));
  }
}
