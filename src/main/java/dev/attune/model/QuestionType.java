package dev.attune.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of quiz question, with the names authors write in {@code type=…}. */
public enum QuestionType {
  /** One correct option among several (radio buttons). */
  SINGLE("single"),
  /** One or more correct options ("select all that apply"). */
  MULTIPLE("multiple"),
  /** A statement that is either true or false: two options, one correct. */
  TRUE_FALSE("truefalse"),
  /** A typed answer, checked against accepted answers and an optional pattern. */
  SHORT("short"),
  /** Steps to put in order. */
  ORDER("order");

  private final String code;

  QuestionType(String code) {
    this.code = code;
  }

  /** The name in Markdown, templates, scripts and exports. */
  public String code() {
    return code;
  }

  /** Whether the learner picks among listed options. */
  public boolean isChoice() {
    return this == SINGLE || this == MULTIPLE || this == TRUE_FALSE;
  }

  public static Optional<QuestionType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(QuestionType::code).toList();
  }
}
