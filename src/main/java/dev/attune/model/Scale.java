package dev.attune.model;

/** A numbered scale from {@code min} to {@code max}, with optional words for its two ends. */
public record Scale(int min, int max, String low, String high) {
  public Scale {
    if (min >= max) {
      throw new IllegalArgumentException("scale " + min + ".." + max);
    }
  }
}
