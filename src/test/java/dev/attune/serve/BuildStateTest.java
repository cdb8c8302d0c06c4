package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BuildStateTest {
  @Test
  void errorsReachTheOverlayExactlyAndCannotBeReadAsMarkup() throws Exception {
    String errors = "content/a.md:1:1: error: '</script><script>alert(1)</script>' & \"quotes\"\n  hint: \u2028 <!-- \\ \t";
    String json = new BuildState(7, errors).toJson();
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    JsonNode read = new ObjectMapper().readTree(json);
    assertEquals(7, read.get("version").asInt());
    assertEquals(errors, read.get("errors").asText());
  }
}
