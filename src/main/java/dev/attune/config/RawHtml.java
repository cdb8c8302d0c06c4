package dev.attune.config;

import java.util.Arrays;
import java.util.Optional;

/** What a course lets HTML written in its Markdown do: {@code raw_html} in course.yml. */
public enum RawHtml {
  /** The default: only safe formatting is published; scripts, handlers and outside resources are removed. */
  SAFE("safe"),
  /** Published as written, and the pages declare no Content-Security-Policy: the author vouches for every line. */
  TRUSTED("trusted");

  private final String code;

  RawHtml(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<RawHtml> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
