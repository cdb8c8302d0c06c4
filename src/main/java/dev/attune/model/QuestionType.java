package dev.attune.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of quiz question, with the names authors write in {@code type=…}: each type's code,
 * and other spellings authors reach for, all listed in docs/authoring.md.
 */
public enum QuestionType {
  /** One correct option among several (radio buttons). */
  SINGLE("single"),
  /** One or more correct options ("select all that apply"). */
  MULTIPLE("multiple", "multi"),
  /** A statement that is either true or false: two options, one correct. */
  TRUE_FALSE("truefalse", "true-false", "tf"),
  /** A typed answer, checked against accepted answers and an optional pattern. */
  SHORT("short", "text"),
  /** Steps to put in order. */
  ORDER("order", "ordering");

  private final String code;
  private final List<String> otherSpellings;

  QuestionType(String code, String... otherSpellings) {
    this.code = code;
    this.otherSpellings = List.of(otherSpellings);
  }

  /** The name in Markdown, templates, scripts and exports. */
  public String code() {
    return code;
  }

  /** Whether the learner picks among listed options. */
  public boolean isChoice() {
    return this == SINGLE || this == MULTIPLE || this == TRUE_FALSE;
  }

  /** The other spellings {@code type=} takes for this type ("tf" for truefalse). */
  public List<String> otherSpellings() {
    return otherSpellings;
  }

  /** The type an author named, by its code or another spelling, in any case. */
  public static Optional<QuestionType> fromName(String written) {
    String name = written.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.code.equals(name) || t.otherSpellings.contains(name)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(QuestionType::code).toList();
  }
}
