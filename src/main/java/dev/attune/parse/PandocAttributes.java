package dev.attune.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attribute block as Pandoc writes it after an image, a span or a code fence:
 * {@code {#id .class key=value key="quoted" key='it\'s'}}. Unlike {@link Attributes} (quiz and
 * worksheet headings), it knows {@code .class}, and a backslash in a quoted value keeps the next
 * character, as in the Carpentries' {@code alt='the repository\'s URL'}.
 *
 * @param id the {@code #id}, or empty
 * @param classes the {@code .class} names, in order
 * @param values every {@code key=value}, in order
 * @param offsets where each part starts in the parsed text ({@code #} for the id, {@code .name}
 *     for a class, the key for a value), for diagnostics
 */
record PandocAttributes(String id, List<String> classes, Map<String, String> values, Map<String, Integer> offsets) {
  static final PandocAttributes NONE = new PandocAttributes("", List.of(), Map.of(), Map.of());

  /**
   * A read of a block: the attributes and the offset just after its {@code }}, or the first
   * error and its offset.
   */
  record Read(PandocAttributes attributes, int end, String error, int errorOffset) {
    boolean ok() {
      return error.isEmpty();
    }
  }

  int offsetOf(String key, int fallback) {
    return offsets.getOrDefault(key, fallback);
  }

  /**
   * Reads the block that opens with the {@code {} at {@code open} in {@code text}, ending before
   * {@code limit} and on the same line. Null when there is no {@code }} to close it there: the
   * braces are then taken as text, as Pandoc does.
   */
  static Read read(CharSequence text, int open, int limit) {
    int close = closingBrace(text, open, limit);
    if (close < 0) {
      return null;
    }
    String id = "";
    List<String> classes = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> offsets = new LinkedHashMap<>();
    int i = open + 1;
    while (true) {
      while (i < close && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= close) {
        return new Read(new PandocAttributes(id, List.copyOf(classes), values, offsets), close + 1, "", -1);
      }
      int start = i;
      char c = text.charAt(i);
      if (c == '#' || c == '.') {
        i++;
        int nameStart = i;
        while (i < close && isNameChar(text.charAt(i))) {
          i++;
        }
        if (i == nameStart || (i < close && !Character.isWhitespace(text.charAt(i)))) {
          return error(i, "expected " + (c == '#' ? "an id" : "a class name") + " of letters, digits, '-' and '_' after '" + c + "'", text, close);
        }
        String name = text.subSequence(nameStart, i).toString();
        if (c == '#') {
          if (!id.isEmpty()) {
            return new Read(NONE, -1, "a second id '#" + name + "' is given; an element has one id", start);
          }
          id = name;
          offsets.put("#", start);
        } else {
          classes.add(name);
          offsets.putIfAbsent("." + name, start);
        }
        continue;
      }
      int keyStart = i;
      while (i < close && isNameChar(text.charAt(i))) {
        i++;
      }
      if (i == keyStart || i >= close || text.charAt(i) != '=') {
        return error(i == keyStart ? i : keyStart, "expected #id, .class or key=value here", text, close);
      }
      String key = text.subSequence(keyStart, i).toString();
      i++;
      StringBuilder value = new StringBuilder();
      if (i < close && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
        char quote = text.charAt(i);
        int end = closingQuote(text, i, close);
        if (end < 0) {
          return new Read(NONE, -1, "the quote " + quote + " after '" + key + "=' is never closed", i);
        }
        for (int j = i + 1; j < end; j++) {
          char v = text.charAt(j);
          if (v == '\\' && j + 1 < end) {
            j++;
            v = text.charAt(j);
          }
          value.append(v);
        }
        i = end + 1;
      } else {
        while (i < close && !Character.isWhitespace(text.charAt(i))) {
          value.append(text.charAt(i++));
        }
      }
      if (values.containsKey(key)) {
        return new Read(NONE, -1, "'" + key + "' is given twice", keyStart);
      }
      values.put(key, value.toString());
      offsets.put(key, keyStart);
    }
  }

  private static Read error(int at, String message, CharSequence text, int close) {
    String found = at < close ? "'" + text.charAt(at) + "'" : "'}'";
    return new Read(NONE, -1, message + ", found " + found, at);
  }

  /** The {@code }} that closes the block, skipping quoted values; -1 when the line has none. */
  private static int closingBrace(CharSequence text, int open, int limit) {
    int i = open + 1;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '}') {
        return i;
      }
      if ((c == '"' || c == '\'') && i > open + 1 && text.charAt(i - 1) == '=') {
        int end = closingQuote(text, i, limit);
        if (end < 0) {
          // An unclosed quote: the block still ends at the line's last '}', so the error is reported.
          for (int j = lineEnd(text, i, limit) - 1; j > i; j--) {
            if (text.charAt(j) == '}') {
              return j;
            }
          }
          return -1;
        }
        i = end;
      }
      i++;
    }
    return -1;
  }

  private static int closingQuote(CharSequence text, int quoteAt, int limit) {
    char quote = text.charAt(quoteAt);
    for (int i = quoteAt + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      } else if (c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  private static int lineEnd(CharSequence text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return i;
      }
    }
    return limit;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
  }
}
