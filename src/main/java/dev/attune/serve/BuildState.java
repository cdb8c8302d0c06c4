package dev.attune.serve;

import dev.attune.model.Json;

/**
 * What the preview shows about the latest build.
 *
 * @param version increases with every successful build; pages reload when it changes
 * @param errors the diagnostics of the latest build when it failed (formatted), else empty
 */
record BuildState(int version, String errors) {
  String toJson() {
    return Json.compact().beginObject().field("version", version).field("errors", errors).endObject().text();
  }
}
