package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.attune.model.Urls;
import org.junit.jupiter.api.Test;

class SitePathsTest {
  @Test
  void locationsAreEncodedPaths() {
    assertEquals("lessons/first-steps", Urls.encode("lessons/first-steps"));
    assertEquals("caf%C3%A9/a%20b/%3F%23%25%5C", Urls.encode("caf\u00e9/a b/?#%\\"));
    assertEquals("a%0D%0ASet-Cookie%3A%20x", Urls.encode("a\r\nSet-Cookie: x"));
  }

  @Test
  void aRedirectNeverLeavesTheSite() {
    assertEquals("/lessons/", new SitePaths.Redirect("/lessons/").location());
    for (String location : new String[] {"//evil.example/", "/\\evil.example/", "\\\\evil.example", "evil.example", "https://evil.example/", ""}) {
      assertThrows(IllegalArgumentException.class, () -> new SitePaths.Redirect(location), location);
    }
  }

  @Test
  void contentTypesComeFromTheExtension() {
    assertEquals("text/html; charset=utf-8", SitePaths.contentType("a/index.html"));
    assertEquals("application/octet-stream", SitePaths.contentType("a.b/file"));
  }
}
