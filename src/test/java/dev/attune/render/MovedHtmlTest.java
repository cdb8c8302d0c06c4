package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.model.Html;
import org.junit.jupiter.api.Test;

class MovedHtmlTest {
  @Test
  void idsGetThePrefixAndLinksToThemFollowWhileOtherLinksStay() {
    Html note = new Html("<h2 id=\"pacing\">Pacing</h2>\n<p><a href=\"#pacing\">again</a>, <a href=\"#intro\">the intro</a>, <a href=\"x/#pacing\">elsewhere</a></p>");
    assertEquals("<h2 id=\"lesson-2--pacing\">Pacing</h2>\n<p><a href=\"#lesson-2--pacing\">again</a>, <a href=\"#intro\">the intro</a>,"
        + " <a href=\"x/#pacing\">elsewhere</a></p>", MovedHtml.withIdPrefix(note, "lesson-2--").value());
    assertEquals("<p>No ids.</p>", MovedHtml.withIdPrefix(new Html("<p>No ids.</p>"), "x-").value());
  }
}
