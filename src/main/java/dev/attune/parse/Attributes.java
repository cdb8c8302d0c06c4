package dev.attune.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Attributes written on a block's opening line or at the end of a heading, such as
 * {@code #feelings type=multiple title="Check your understanding"}.
 *
 * @param values name to value; {@code #x} is stored as {@code id=x}, a bare word as {@code word=""}
 * @param offsets name to the offset of the attribute in the parsed text, for diagnostics
 */
record Attributes(Map<String, String> values, Map<String, Integer> offsets) {
  static final Attributes NONE = new Attributes(Map.of(), Map.of());

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  int offsetOf(String name, int fallback) {
    return offsets.getOrDefault(name, fallback);
  }

  /** A parse of attribute text: the attributes, or the offset and text of the first error. */
  record Parse(Attributes attributes, int errorOffset, String error) {
    boolean ok() {
      return error.isEmpty();
    }
  }

  /**
   * Parses {@code text}: {@code #id}, {@code name=value}, {@code name="quoted value"} or
   * {@code name='quoted'}, and bare names, separated by spaces, optionally inside one pair of
   * braces.
   */
  static Parse parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> offsets = new LinkedHashMap<>();
    int i = 0;
    int end = text.length();
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      i = text.indexOf('{') + 1;
      if (!trimmed.endsWith("}")) {
        return new Parse(NONE, text.indexOf('{'), "'{' is not closed by '}'");
      }
      end = text.lastIndexOf('}');
    }
    while (true) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= end) {
        return new Parse(new Attributes(values, offsets), -1, "");
      }
      int start = i;
      boolean isId = text.charAt(i) == '#';
      if (isId) {
        i++;
      }
      int nameStart = i;
      while (i < end && isNameChar(text.charAt(i))) {
        i++;
      }
      if (i == nameStart) {
        // Nothing at all is found after a '#' at the end, as in "{#}".
        String found = i < end ? "'" + text.charAt(i) + "'" : "nothing";
        return new Parse(NONE, start, "expected an attribute such as #id or name=value here, found " + found);
      }
      String name = text.substring(nameStart, i);
      String value = "";
      if (isId) {
        value = name;
        name = "id";
      } else if (i < end && text.charAt(i) == '=') {
        i++;
        if (i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
          char quote = text.charAt(i);
          int close = text.indexOf(quote, i + 1);
          if (close < 0 || close >= end) {
            return new Parse(NONE, i, "the quote " + quote + " after '" + name + "=' is never closed");
          }
          value = text.substring(i + 1, close);
          i = close + 1;
        } else {
          int valueStart = i;
          while (i < end && !Character.isWhitespace(text.charAt(i))) {
            i++;
          }
          value = text.substring(valueStart, i);
        }
      }
      if (values.containsKey(name)) {
        return new Parse(NONE, start, "'" + name + "' is given twice");
      }
      values.put(name, value);
      offsets.put(name, start);
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }
}
