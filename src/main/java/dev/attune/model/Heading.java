package dev.attune.model;

/** A section heading of a page, for its table of contents and for checking links to anchors. */
public record Heading(int level, String id, Html title) {
  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level " + level);
    }
  }
}
