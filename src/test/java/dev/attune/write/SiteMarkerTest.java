package dev.attune.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteMarkerTest {
  @Test
  void listsTheFilesSortedAfterAnExplanation() {
    String text = new String(SiteMarker.of(List.of("lessons/b/index.html", "index.html")), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("attune-site 1\n# This folder was made by `attune build`"), text);
    assertTrue(text.endsWith("\nindex.html\nlessons/b/index.html\n"), text);
  }

  @Test
  void readsBackWhatItWrote() {
    Set<String> paths = Set.of("index.html", "#odd.svg", "50%.svg", "line\nbreak.txt", "a%0Ab.txt", "%23.txt");
    assertEquals(Optional.of(paths), SiteMarker.read(new String(SiteMarker.of(paths), StandardCharsets.UTF_8)));
  }

  @Test
  void anythingElseIsNotAMarker() {
    assertEquals(Optional.empty(), SiteMarker.read(""));
    assertEquals(Optional.empty(), SiteMarker.read("my notes\nindex.html\n"));
    assertEquals(Optional.empty(), SiteMarker.read("attune-site 2\nindex.html\n"));
  }
}
