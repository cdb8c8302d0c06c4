package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlsTest {
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "\u000Ejavascript:x", "java\tscript:x",
      "java\nscript:x", "jav\rascript:x", "vbscript:x", "VBScript:x", "data:text/html,<script>", "file:///etc/passwd", "livescript:x",
      "jar:file:x!/", "view-source:http://x"})
  void scriptAndLocalAddressesAreNotLinks(String url) {
    assertTrue(SafeUrls.problem(url, SafeUrls.Use.LINK).isPresent(), url);
    assertTrue(SafeUrls.problem(url, SafeUrls.Use.MEDIA).isPresent(), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/", "HTTP://example.org", "mailto:a@example.org", "tel:+123", "../pages/x.md",
      "#section", "x.md?a=b#c", "//example.org/path", "java\\script:x", "a b#1.svg"})
  void webAddressesAndPathsAreLinks(String url) {
    assertEquals(java.util.Optional.empty(), SafeUrls.problem(url, SafeUrls.Use.LINK), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/x.png", "http://evil.example/x.png", "//evil.example/x.png", "/\\evil.example/x.png",
      "\\\\evil.example\\x.png", " \t//evil.example/x.png", "ftp://evil.example/x.png", "javascript:x", "data:text/html,x"})
  void mediaFromElsewhereIsRefused(String url) {
    assertTrue(SafeUrls.problem(url, SafeUrls.Use.MEDIA).isPresent(), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../assets/a.png", "a.png", "/theme/x.png", "data:image/png;base64,AAAA", "DATA:image/svg+xml,<svg/>"})
  void mediaFromTheCourseIsAllowed(String url) {
    assertEquals(java.util.Optional.empty(), SafeUrls.problem(url, SafeUrls.Use.MEDIA), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"java\tscript:x", " \u0001javascript:x\n "})
  void addressesAreShownAsABrowserReadsThem(String url) {
    assertEquals("javascript:x", SafeUrls.shown(url));
  }
}
