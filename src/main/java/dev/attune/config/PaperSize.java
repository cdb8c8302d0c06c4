package dev.attune.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The page size of the printable PDFs: {@code paper: a4} or {@code paper: letter} in course.yml. */
public enum PaperSize {
  A4("a4", "A4"),
  LETTER("letter", "letter");

  private final String code;
  private final String css;

  PaperSize(String code, String css) {
    this.code = code;
    this.css = css;
  }

  /** The value of CSS {@code @page { size: … }}. */
  public String css() {
    return css;
  }

  public static Optional<PaperSize> fromCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code.strip())).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(p -> p.code).toList();
  }
}
