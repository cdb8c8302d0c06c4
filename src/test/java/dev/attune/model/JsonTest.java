package dev.attune.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JsonTest {
  /** Strings that break out of a script element, a comment, an attribute or a JavaScript string. */
  private static final List<String> HOSTILE = List.of(
      "</script><script>alert(1)</script>",
      "<!--<script>",
      "</SCRIPT >",
      "<![CDATA[ ]]>",
      "\" onmouseover=\"alert(1)",
      "' onmouseover='alert(1)",
      "&lt;&amp;&#x3c;",
      "line\u2028separator\u2029paragraph",
      "\\\"quoted\\\" \\\\ back\tslash\nline \u0001\u001f\r\u0000 é 💬",
      "lone \ud800 high, lone \udc00 low, reversed \udc00\ud800");

  @Test
  void quotesWhatJsonRequiresAndWhatHtmlAndJavaScriptNeed() {
    assertEquals("\"\\\"a\\\\b\\tc\\nd\\re \\u0001\\u001f\\u0000 é 💬\"", Json.quote("\"a\\b\tc\nd\re \u0001\u001f\u0000 é 💬"));
    assertEquals("\"\\u003c/script\\u003e \\u003c!-- \\u0026amp;\"", Json.quote("</script> <!-- &amp;"));
    assertEquals("\"\\u2028\\u2029\"", Json.quote("\u2028\u2029"));
    assertEquals("\"\\ud800 \\udc00 😀\"", Json.quote("\ud800 \udc00 \ud83d\ude00"));
  }

  @Test
  void everyHostileStringReadsBackExactlyAndHasNoMarkupCharacters() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (String text : HOSTILE) {
      String json = Json.compact().beginObject().field(text, text).endObject().text();
      assertFalse(json.matches("(?s).*[<>&\u2028\u2029].*"), json);
      assertEquals(text, mapper.readTree(json).get(text).asText(), json);
      // UTF-8 round trip: no lone surrogate reaches the encoder as a character.
      assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
  }

  /** The contexts Attune puts JSON in: a data block, an attribute, and the element after them. */
  @Test
  void aDataBlockAndAnAttributeHoldEveryHostileStringAndTheNextScriptSurvives() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (String text : HOSTILE) {
      String json = Json.compact().beginArray().value(text).endArray().text();
      String attribute = json.replace("&", "&amp;").replace("\"", "&quot;");
      Document page = Jsoup.parse("<!doctype html><html><head></head><body>"
          + "<script type=\"application/json\" id=\"data\">" + json + "</script>"
          + "<div id=\"attr\" data-json=\"" + attribute + "\"></div>"
          + "<script id=\"after\" src=\"after.js\"></script></body></html>");
      Element data = page.getElementById("data");
      assertEquals(text, mapper.readTree(data.data()).get(0).asText());
      assertEquals(text, mapper.readTree(page.getElementById("attr").attr("data-json")).get(0).asText());
      Element after = page.getElementById("after");
      assertTrue(after != null && after.tagName().equals("script") && after.attr("src").equals("after.js"), text);
    }
  }

  @Test
  void prettyAndCompactShapes() {
    Json pretty = Json.pretty().beginObject().field("a", 1).name("b").beginArray().value("x").value(true).endArray()
        .name("c").beginObject().endObject().endObject();
    assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    true\n  ],\n  \"c\": {}\n}\n", pretty.text());
    Json compact = Json.compact().beginObject().field("a", 1).name("b").beginArray().value("x").value(false).endArray()
        .name("c").beginArray().endArray().endObject();
    assertEquals("{\"a\":1,\"b\":[\"x\",false],\"c\":[]}", compact.text());
  }

  @Test
  void misuseIsAProgrammingErrorNotBadJson() {
    assertThrows(IllegalStateException.class, () -> Json.compact().beginObject().text());
    assertThrows(IllegalStateException.class, () -> Json.compact().text());
    assertThrows(IllegalStateException.class, () -> Json.compact().name("a"));
    assertThrows(IllegalStateException.class, () -> Json.compact().endArray());
    assertThrows(IllegalStateException.class, () -> Json.compact().value(1).value(2));
    assertThrows(IllegalStateException.class, () -> Json.compact().beginObject().name("a").endObject());
  }
}
