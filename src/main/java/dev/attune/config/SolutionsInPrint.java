package dev.attune.config;

import java.util.Arrays;
import java.util.Optional;

/** Where printed lessons show their solutions and hints: {@code solutions_in_print} in course.yml. */
public enum SolutionsInPrint {
  /** The default: each one open in its place, under its challenge. */
  EXPANDED("expanded"),
  /** Gathered at the end of the lesson, under "Solutions", so a printed exercise does not give its answer away. */
  APPENDIX("appendix"),
  /** Left off paper altogether, for handouts. */
  HIDDEN("hidden");

  private final String code;

  SolutionsInPrint(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<SolutionsInPrint> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
