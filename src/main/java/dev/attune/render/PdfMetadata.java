package dev.attune.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a PDF says about itself: the title a reader's window shows, the language a screen reader
 * speaks, and the date written into it (fixed, so that a rebuild gives the same bytes).
 *
 * @param title the document title, e.g. "Week 1 reflection — Listening well"; required for PDF/UA
 * @param author e.g. the course's author; empty to leave it out
 * @param subject a one-line description, e.g. the course title; required for PDF/UA
 * @param language a BCP 47 tag such as {@code en} or {@code fr-CA}
 * @param keywords may be empty
 * @param date the creation and modification date written into the PDF
 */
public record PdfMetadata(String title, String author, String subject, String language, List<String> keywords, Instant date) {
  /** The date used when none is given: any fixed value will do, as long as it never changes. */
  public static final Instant FIXED_DATE = Instant.parse("2000-01-01T00:00:00Z");

  public PdfMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    keywords = List.copyOf(keywords);
    if (title.isBlank()) {
      throw new IllegalArgumentException("a PDF needs a title: PDF/UA viewers show it instead of the file name");
    }
    if (subject.isBlank()) {
      throw new IllegalArgumentException("a PDF needs a subject: PDF/UA asks for a description (dc:description)");
    }
    if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
      throw new IllegalArgumentException("not a language tag: '" + language + "' (expected e.g. en or fr-CA)");
    }
  }

  /** Metadata without keywords, dated {@link #FIXED_DATE}. */
  public PdfMetadata(String title, String author, String subject, String language) {
    this(title, author, subject, language, List.of(), FIXED_DATE);
  }
}
