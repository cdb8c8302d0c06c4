package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuildStateTest {
  @Test
  void errorsReachThePageExactlyAndCannotBeReadAsMarkupNorBreakAnEventLine() throws Exception {
    String errors = "content/a.md:1:1: error: '</script><script>alert(1)</script>' & \"quotes\"\n  hint: \u2028 <!-- \\ \t\r";
    String json = new BuildState(7, errors, Instant.EPOCH).toJson();
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    assertFalse(json.contains("\n") || json.contains("\r"), "an event's data is one line: " + json);
    JsonNode read = new ObjectMapper().readTree(json);
    assertEquals(7, read.get("generation").asInt());
    assertTrue(read.get("failed").asBoolean());
    assertEquals(errors, read.get("errors").asText());
  }

  @Test
  void everyFinishedBuildIsANewGenerationWhetherItFailedOrNot() {
    BuildState failed = BuildState.none().next("").next("a.md:1:1: error: x");
    assertEquals(2, failed.generation());
    assertTrue(failed.failed());
    BuildState fixed = failed.next("");
    assertEquals(3, fixed.generation());
    assertFalse(fixed.failed());
    assertFalse(fixed.finished().isBefore(failed.finished()));
    assertEquals("{\"generation\":3,\"failed\":false,\"errors\":\"\"}", fixed.toJson());
  }
}
