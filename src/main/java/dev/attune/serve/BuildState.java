package dev.attune.serve;

/**
 * What the preview shows about the latest build.
 *
 * @param version increases with every successful build; pages reload when it changes
 * @param errors the diagnostics of the latest build when it failed (formatted), else empty
 */
record BuildState(int version, String errors) {
  String toJson() {
    return "{\"version\":" + version + ",\"errors\":\"" + escape(errors) + "\"}";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
