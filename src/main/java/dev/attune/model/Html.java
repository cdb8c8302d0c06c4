package dev.attune.model;

import java.util.Objects;

/** Markup that is already safe to insert into a page: rendered from Markdown, never raw input. */
public record Html(String value) {
  public static final Html EMPTY = new Html("");

  public Html {
    Objects.requireNonNull(value, "value");
  }

  /** {@code text} made safe as HTML or XML text and attribute values: {@code & < > "} escaped. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  public boolean isEmpty() {
    return value.isBlank();
  }

  @Override
  public String toString() {
    return value;
  }
}
