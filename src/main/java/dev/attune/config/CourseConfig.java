package dev.attune.config;

import dev.attune.diagnostics.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code content/course.yml} as a validated record with defaults applied.
 *
 * @param id a short name that keeps learners' saved answers apart from other courses' on the same host
 * @param notice a short text shown at the foot of every page, e.g. "educational, not therapy"
 * @param paper the page size of printable PDFs
 * @param baseUrl absolute URL the site is published at, ending in '/', or empty when unknown
 * @param rawHtml whether HTML written in the Markdown is limited to safe formatting or published as written
 * @param strayMarkdown what a Markdown file in no folder the course reads is: an error (the default) or a warning
 * @param solutionsInPrint where printed lessons show their solutions and hints
 * @param theme the folder of templates that override the built-in theme, when course.yml names one
 *     ({@code --templates} wins over it)
 */
public record CourseConfig(
    String id,
    String title,
    String subtitle,
    String description,
    String language,
    List<String> authors,
    String license,
    SourceAttribution source,
    String notice,
    PaperSize paper,
    String baseUrl,
    RawHtml rawHtml,
    Severity strayMarkdown,
    SolutionsInPrint solutionsInPrint,
    Optional<PathSetting> theme) {

  public CourseConfig {
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(rawHtml, "rawHtml");
    Objects.requireNonNull(strayMarkdown, "strayMarkdown");
    Objects.requireNonNull(solutionsInPrint, "solutionsInPrint");
    Objects.requireNonNull(theme, "theme");
  }

  /** A config whose solutions print in place. */
  public CourseConfig(String id, String title, String subtitle, String description, String language, List<String> authors, String license,
      SourceAttribution source, String notice, PaperSize paper, String baseUrl, RawHtml rawHtml, Severity strayMarkdown, Optional<PathSetting> theme) {
    this(id, title, subtitle, description, language, authors, license, source, notice, paper, baseUrl, rawHtml, strayMarkdown,
        SolutionsInPrint.EXPANDED, theme);
  }

  /** This config published at {@code url} instead (the {@code --base-url} option). */
  public CourseConfig withBaseUrl(String url) {
    return new CourseConfig(id, title, subtitle, description, language, authors, license, source, notice, paper, BaseUrl.normalize(url), rawHtml, strayMarkdown, solutionsInPrint, theme);
  }
}
