package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PreviewPageTest {
  private static final String PAGE = "<!doctype html><html><head><title>T</title></head><body class=\"x\"><main>M</main></body></html>";

  @Test
  void aGoodBuildOnlyGetsTheReloadScriptToldWhichBuildThePageShows() {
    assertEquals("<!doctype html><html><head><title>T</title></head><body class=\"x\"><main>M</main>"
        + "<script src=\"/_attune/live.js\" data-generation=\"3\" defer></script>\n</body></html>",
        PreviewPage.of(PAGE, new BuildState(3, "", Instant.EPOCH)));
  }

  @Test
  void aFailedBuildsErrorsAreWrittenIntoThePageEscapedAndThePageLooksAgainWithoutScripts() {
    String page = PreviewPage.of(PAGE, new BuildState(4, "a.md:1:1: error: '<script>' & \"quotes\"", Instant.EPOCH));
    assertTrue(page.contains("<body class=\"x\">\n<section id=\"attune-preview-errors\""), page);
    assertTrue(page.contains("<pre>a.md:1:1: error: '&lt;script&gt;' &amp; &quot;quotes&quot;</pre>"), page);
    assertTrue(page.contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>\n</head>"), page);
    assertTrue(page.indexOf("<section") < page.indexOf("<main>"), "the errors come first");
    assertTrue(page.contains("<script src=\"/_attune/live.js\" data-generation=\"4\" defer></script>\n</body>"), page);
  }
}
