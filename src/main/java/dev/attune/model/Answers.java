package dev.attune.model;

import java.util.Locale;

/** How typed answers are compared; the quiz script normalizes a learner's answer the same way. */
public final class Answers {
  private Answers() {}

  /** Lower case, single spaces, no closing punctuation: " Mutual  Empathy. " → "mutual empathy". */
  public static String normalize(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!?;,]+$", "").strip();
  }
}
