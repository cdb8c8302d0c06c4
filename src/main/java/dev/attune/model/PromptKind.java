package dev.attune.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of worksheet prompt, with the names authors write in {@code kind=…}. */
public enum PromptKind {
  /** A long written answer; {@code lines} sizes the writing space on paper. */
  LONG("long"),
  /** A few words. */
  SHORT("short"),
  /** A point on a numbered scale with labels at both ends. */
  SCALE("scale"),
  /** Tick every item that applies. */
  CHECKLIST("checklist"),
  /** Pick one item. */
  CHOICE("choice"),
  /** Rows the author names, columns the learner fills. */
  TABLE("table"),
  /** The same long answer written side by side by two people. */
  PARTNER("partner");

  private final String code;

  PromptKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether the author sets the number of writing lines for it. */
  public boolean hasLines() {
    return this == LONG || this == PARTNER || this == TABLE;
  }

  public static Optional<PromptKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(PromptKind::code).toList();
  }
}
