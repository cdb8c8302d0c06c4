package dev.attune.load;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file into YAML front matter (between two {@code ---} lines at the top) and
 * the body that follows it.
 */
final class FrontMatter {
  /** A line that starts like front matter's 'key: value'. */
  private static final Pattern KEY_LINE = Pattern.compile("([a-z_][\\w-]*):(?:[ \\t]|\\n|$)");
  /** A line that may be part of front matter: a key, an indented line, a list item, a comment or nothing. */
  private static final Pattern YAML_LINE = Pattern.compile("|[a-z_][\\w-]*:(\\s.*)?|[\\s#-].*");

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
        if (yaml.isBlank()) {
          Optional<Split> doubled = doubledOpening(body, line, path, diagnostics);
          if (doubled.isPresent()) {
            return doubled.get();
          }
        }
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

  /**
   * '---' twice at the top of a file: the second closes an empty front matter at once, and the
   * keys below it would be read as the lesson's text (a 'title: …' line over '---' even makes a
   * heading). Reported at the second '---'; the keys are skipped, as in a front matter that
   * cannot be read, so that this is the only thing reported.
   *
   * @param body what follows the second '---', which is on line {@code closingLine}
   */
  private static Optional<Split> doubledOpening(String body, int closingLine, String path, Diagnostics diagnostics) {
    Matcher key = KEY_LINE.matcher(body);
    if (!key.lookingAt()) {
      return Optional.empty();
    }
    int lineStart = 0;
    for (int line = closingLine + 1; lineStart < body.length(); line++) {
      int lineEnd = body.indexOf('\n', lineStart);
      String current = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd).stripTrailing();
      if (current.equals("---") || current.equals("...")) {
        diagnostics.error(Code.FRONT_MATTER_CLOSED_AT_ONCE, path, new Position(closingLine, 1),
            "this '---' closes the front matter at once, so '" + key.group(1) + ":' and the lines below it are read as text",
            "remove this line: the front matter is the 'key: value' lines between the first '---' and the next");
        return Optional.of(new Split(Optional.empty(), lineEnd < 0 ? "" : body.substring(lineEnd + 1), line + 1, true));
      }
      if (lineEnd < 0 || !YAML_LINE.matcher(current).matches()) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    return Optional.empty();
  }
}
