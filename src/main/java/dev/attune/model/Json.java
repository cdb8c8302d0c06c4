package dev.attune.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Attune's one JSON writer: quiz data in pages, the preview's status, and quiz exports.
 *
 * <p>Its output is safe wherever Attune puts JSON: inside a {@code <script type="application/json">}
 * element, an HTML attribute, a JavaScript string, or a file. Besides what JSON requires, it
 * escapes {@code <}, {@code >} and {@code &} (so neither {@code </script>} nor {@code <!--} can end
 * or bend the element holding it), U+2028 and U+2029 (line ends to older JavaScript), and lone
 * surrogates (which no encoder can write as UTF-8).
 */
public final class Json {
  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;
  /** For each open object or array, whether it has a member yet. */
  private final Deque<Boolean> open = new ArrayDeque<>();
  private boolean afterName;
  private boolean done;

  private Json(boolean pretty) {
    this.pretty = pretty;
  }

  /** A writer for files people read: two-space indents, ending in a newline. */
  public static Json pretty() {
    return new Json(true);
  }

  /** A writer for data embedded in pages and served to scripts: no spaces at all. */
  public static Json compact() {
    return new Json(false);
  }

  public Json beginObject() {
    return begin('{');
  }

  public Json endObject() {
    return end('}');
  }

  public Json beginArray() {
    return begin('[');
  }

  public Json endArray() {
    return end(']');
  }

  /** The name of the next member of the open object. */
  public Json name(String name) {
    if (open.isEmpty() || afterName) {
      throw new IllegalStateException("a name belongs inside an object, before its value");
    }
    nextMember();
    out.append(quote(name)).append(pretty ? ": " : ":");
    afterName = true;
    return this;
  }

  public Json value(String value) {
    return raw(quote(value));
  }

  public Json value(long value) {
    return raw(Long.toString(value));
  }

  public Json value(boolean value) {
    return raw(Boolean.toString(value));
  }

  public Json field(String name, String value) {
    return name(name).value(value);
  }

  public Json field(String name, long value) {
    return name(name).value(value);
  }

  public Json field(String name, boolean value) {
    return name(name).value(value);
  }

  /** The document; a pretty one ends in a newline. */
  public String text() {
    if (!open.isEmpty() || !done) {
      throw new IllegalStateException("the JSON document is not complete");
    }
    return pretty ? out + "\n" : out.toString();
  }

  /** {@code text} as a JSON string literal, safe in HTML and JavaScript as well. */
  public static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(quoted, c);
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
            unicode(quoted, c);
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private static boolean pairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static void unicode(StringBuilder out, char c) {
    out.append(String.format("\\u%04x", (int) c));
  }

  private Json begin(char bracket) {
    beforeValue();
    out.append(bracket);
    open.push(false);
    return this;
  }

  private Json end(char bracket) {
    if (open.isEmpty() || afterName) {
      throw new IllegalStateException("nothing to close with '" + bracket + "'");
    }
    boolean hasMembers = open.pop();
    if (hasMembers && pretty) {
      newline();
    }
    out.append(bracket);
    done = open.isEmpty();
    return this;
  }

  private Json raw(String value) {
    beforeValue();
    out.append(value);
    done = open.isEmpty();
    return this;
  }

  private void beforeValue() {
    if (done) {
      throw new IllegalStateException("a JSON document holds one value");
    }
    if (afterName) {
      afterName = false;
    } else if (!open.isEmpty()) {
      nextMember();
    }
  }

  private void nextMember() {
    if (open.pop()) {
      out.append(',');
    }
    open.push(true);
    if (pretty) {
      newline();
    }
  }

  private void newline() {
    out.append('\n').append("  ".repeat(open.size()));
  }
}
