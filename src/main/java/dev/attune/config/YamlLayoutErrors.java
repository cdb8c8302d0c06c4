package dev.attune.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Mistakes in how YAML lines are laid out: a line indented more or less than it should be, a
 * tab for indentation, a key without its ': ', a list item where no list can be. Each is told at
 * the line to edit, with where the line should start.
 */
final class YamlLayoutErrors {
  private static final Pattern GLUED_COLON = Pattern.compile("^([^\\s:]+):\\S");

  private final YamlLines lines;

  YamlLayoutErrors(YamlLines lines) {
    this.lines = lines;
  }

  /** A key line indented more than {@code above}, a key that has a value of its own. */
  YamlError overIndented(int line, int above) {
    String key = lines.key(line).map(k -> "'" + k + ":'").orElse("this line");
    return YamlError.at(line, lines.indent(line),
        "this line is indented more than " + lines.label(above) + " above; keys at the same level must line up",
        "start " + key + " where " + lines.label(above) + " starts (" + YamlLines.spaces(lines.indent(above))
            + " before it); if the line goes on with the text above, put that text in quotes");
  }

  /** A line that is neither {@code key: value} nor {@code - item}. */
  YamlError noColon(int line) {
    String text = lines.line(line).strip();
    int column = lines.indent(line);
    if (text.matches("-[^\\s-].*")) {
      return YamlError.at(line, column, "'" + text + "' needs a space after the '-' to be a list item", "write '- " + text.substring(1) + "'");
    }
    Matcher glued = GLUED_COLON.matcher(text);
    if (glued.find()) {
      return YamlError.at(line, column + glued.end(1), "the ':' after '" + glued.group(1) + "' needs a space after it",
          "write '" + glued.group(1) + ": " + text.substring(glued.end(1) + 1) + "'");
    }
    int above = lines.previousContent(line);
    if (above >= 0 && lines.isListItem(above) && lines.indent(above) == column) {
      return YamlError.at(line, column, "this line is neither a '- ' item of the list above nor a 'key: value' line",
          "write '- ' before it to make it an item of the list, or indent it more to go on with the item above");
    }
    return YamlError.at(line, column, "this line is not a 'key: value' line: it has no ': '",
        "write ': ' between the key and its value; if the line goes on with the text above, indent it more than that text's key");
  }

  /** A tab where YAML allows only spaces. */
  YamlError tab(Mark tab) {
    int line = tab.getLine();
    if (lines.before(line, tab.getColumn()).isBlank()) {
      return YamlError.at(line, tab.getColumn(), "this line is indented with a tab", "indent with spaces: YAML does not allow tabs for indentation");
    }
    return YamlError.at(line, tab.getColumn(), "YAML does not allow a tab here", "replace the tab with a space");
  }

  /**
   * A line whose first sign the parser did not expect there: {@code found} is what it found (a
   * key '?', a list item '-', ':' …), {@code inList} whether it was reading the items of a list.
   */
  YamlError unexpectedLine(int line, String found, boolean inList) {
    int indent = lines.indent(line);
    if (found.equals("?") && inList) {
      return keyAmongItems(line);
    }
    if (found.equals(":")) {
      return YamlError.at(line, indent, "this line starts with ':' and has no key", "write the key before the ':'");
    }
    int above = lines.previousContent(line);
    if (found.equals("-") || lines.isListItem(line) && above >= 0 && indent > lines.indent(above)) {
      return strayItem(line);
    }
    if (above >= 0 && indent < lines.indent(above)) {
      return underIndented(line);
    }
    if (above >= 0 && indent > lines.indent(above)) {
      return overIndented(line, above);
    }
    return YamlError.unreadable(line, indent);
  }

  /** {@code summary: b} lined up with the '- ' items of the list above it. */
  private YamlError keyAmongItems(int line) {
    int indent = lines.indent(line);
    Optional<Integer> owner = lines.enclosing(line).stream().filter(i -> lines.indent(i) < indent && lines.key(i).isPresent()).findFirst();
    String key = lines.key(line).map(k -> "'" + k + ":'").orElse("it");
    return YamlError.at(line, indent, "this 'key: value' line is lined up with the '- ' items of the list above",
        owner.map(o -> "to end the list, start " + key + " where " + lines.label(o) + " starts (" + YamlLines.spaces(lines.indent(o))
            + " before it); to add an item, write '- ' before it").orElse("write '- ' before it to make it an item of the list"));
  }

  /** A '- ' item where no list can be: under a key that has a value, or among keys. */
  private YamlError strayItem(int line) {
    int indent = lines.indent(line);
    int keyLine = lines.previousContent(line);
    while (keyLine >= 0 && lines.indent(keyLine) > indent) {
      keyLine = lines.previousContent(keyLine);
    }
    if (keyLine >= 0 && lines.keyHasValue(keyLine)) {
      String key = lines.label(keyLine);
      return YamlError.at(line, indent, "this list item belongs to no key: " + key + " above already has a value",
          "to make a list of it, leave nothing after " + key + " and write each item below it as '- item'; otherwise remove the '-'");
    }
    return YamlError.at(line, indent, "this list item belongs to no key",
        "write the items of a list below a key that has nothing after its ':', such as 'authors:', each as '- item'");
  }

  /** A line indented less than the one above, but not as little as any line that encloses it. */
  private YamlError underIndented(int line) {
    int indent = lines.indent(line);
    Integer deeper = null;
    Integer shallower = null;
    for (int i : lines.enclosing(line)) {
      if (lines.indent(i) > indent) {
        deeper = i;
      } else if (shallower == null && lines.indent(i) < indent) {
        shallower = i;
      }
    }
    StringBuilder hint = new StringBuilder();
    if (deeper != null) {
      hint.append("indent it by ").append(YamlLines.spaces(lines.indent(deeper))).append(", like ").append(lines.label(deeper));
    }
    if (shallower != null) {
      hint.append(hint.length() == 0 ? "indent it by " : ", or by ").append(YamlLines.spaces(lines.indent(shallower)))
          .append(", like ").append(lines.label(shallower));
    }
    return YamlError.at(line, indent, "this line is indented less than the line above, but does not line up with any line before it",
        hint.toString());
  }
}
