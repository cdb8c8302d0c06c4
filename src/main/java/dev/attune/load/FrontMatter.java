package dev.attune.load;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.util.Optional;

/**
 * Splits a Markdown file into YAML front matter (between two {@code ---} lines at the top) and
 * the body that follows it.
 */
final class FrontMatter {
  private FrontMatter() {}

  /**
   * The two halves of a file; {@code yaml} is empty when the file has no front matter.
   *
   * @param broken the front matter could not be found (already reported), so its keys are unknown
   */
  record Split(Optional<String> yaml, String body, int bodyFirstLine, boolean broken) {
    Split(Optional<String> yaml, String body, int bodyFirstLine) {
      this(yaml, body, bodyFirstLine, false);
    }
  }

  static Split split(String text, String path, Diagnostics diagnostics) {
    if (!text.startsWith("---\n") && !text.equals("---")) {
      return new Split(Optional.empty(), text, 1);
    }
    int lineStart = text.indexOf('\n') + 1;
    int line = 2;
    while (lineStart > 0 && lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
        String yaml = text.substring(4, lineStart);
        String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
        return new Split(Optional.of(yaml), body, line + 1);
      }
      lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
      line++;
    }
    diagnostics.error(Code.FRONT_MATTER_NOT_CLOSED, 
        path,
        new Position(1, 1),
        "front matter opened by '---' on line 1 is never closed",
        "add a line '---' after the last 'key: value' line of the front matter");
    return new Split(Optional.empty(), "", line, true);
  }
}
