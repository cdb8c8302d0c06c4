package dev.attune.export;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small JSON writer: two-space indents, keys in the order they are written. */
final class Json {
  private final StringBuilder out = new StringBuilder();
  /** For each open object or array, whether it has a member yet. */
  private final Deque<Boolean> open = new ArrayDeque<>();
  private boolean afterName;

  Json beginObject() {
    return begin('{');
  }

  Json endObject() {
    return end('}');
  }

  Json beginArray() {
    return begin('[');
  }

  Json endArray() {
    return end(']');
  }

  Json name(String name) {
    nextMember();
    out.append(quote(name)).append(": ");
    afterName = true;
    return this;
  }

  Json field(String name, String value) {
    return name(name).raw(quote(value));
  }

  Json field(String name, long value) {
    return name(name).raw(Long.toString(value));
  }

  Json field(String name, boolean value) {
    return name(name).raw(Boolean.toString(value));
  }

  /** The document, ending in a newline. */
  String text() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed object or array");
    }
    return out + "\n";
  }

  /** {@code text} as a JSON string literal. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private Json begin(char bracket) {
    beforeValue();
    out.append(bracket);
    open.push(false);
    return this;
  }

  private Json end(char bracket) {
    boolean hasMembers = open.pop();
    if (hasMembers) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private Json raw(String value) {
    beforeValue();
    out.append(value);
    return this;
  }

  private void beforeValue() {
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
    newline();
  }

  private void newline() {
    out.append('\n').append("  ".repeat(open.size()));
  }
}
