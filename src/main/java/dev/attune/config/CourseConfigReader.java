package dev.attune.config;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Severity;
import dev.attune.model.Ids;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and validates {@code course.yml}. */
public final class CourseConfigReader {
  /** The keys course.yml may have. */
  public static final List<String> KEYS =
      List.of("id", "title", "subtitle", "description", "language", "authors", "license", "source", "notice", "paper", "base_url", "raw_html", "stray_markdown", "solutions_in_print", "theme");
  /** The keys of course.yml's {@code source} mapping. */
  public static final List<String> SOURCE_KEYS = List.of("title", "author", "url", "note");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  /** Longer tags are not in use, and the pattern recurses once a part: thousands overflowed the stack. */
  private static final int MAX_LANGUAGE_LENGTH = 35;

  private CourseConfigReader() {}

  /**
   * The config in {@code text}; mistakes are reported to {@code diagnostics} and replaced by
   * defaults so that the rest of the course can still be checked.
   */
  public static CourseConfig read(String text, String path, Diagnostics diagnostics) {
    Optional<YamlMapping> parsed = YamlMapping.parse(text, path, 1, diagnostics);
    if (parsed.isEmpty()) {
      return fallback();
    }
    YamlMapping yaml = parsed.get();
    yaml.rejectUnknownKeys(KEYS, "course.yml");
    String title = yaml.requiredString("title", "the course title").orElse("Untitled course");
    String language = yaml.string("language").orElse("en");
    if (language.length() > MAX_LANGUAGE_LENGTH || !LANGUAGE.matcher(language).matches()) {
      diagnostics.error(Code.INVALID_SETTING, path, yaml.positionOf("language"), "'language' must be a language tag such as 'en' or 'pt-BR', not '" + language + "'", "");
      language = "en";
    }
    String baseUrl = yaml.string("base_url").orElse("");
    Optional<String> urlProblem = BaseUrl.problem(baseUrl);
    if (urlProblem.isPresent()) {
      diagnostics.error(Code.INVALID_SETTING, path, yaml.positionOf("base_url"), urlProblem.get(), "write the full address the site is published at, e.g. https://example.org/course/");
      baseUrl = "";
    }
    String id = yaml.string("id").orElse(Ids.slugify(title));
    if (!Ids.isValid(id)) {
      diagnostics.error(Code.INVALID_SETTING, path, yaml.positionOf("id"), "the course id '" + id + "' is not usable",
          "use lower-case letters, digits and '-', e.g. id: mutual-empathy");
      id = Ids.slugify(id);
    }
    return new CourseConfig(
        id,
        title,
        yaml.string("subtitle").orElse(""),
        yaml.string("description").orElse(""),
        language,
        yaml.stringList("authors"),
        yaml.string("license").orElse(""),
        source(yaml),
        yaml.string("notice").orElse(""),
        paper(yaml, path, diagnostics),
        BaseUrl.normalize(baseUrl),
        rawHtml(yaml, path, diagnostics),
        strayMarkdown(yaml, path, diagnostics),
        solutionsInPrint(yaml, path, diagnostics),
        theme(yaml, path, diagnostics));
  }

  /** The config used when course.yml is missing or unreadable, so checking can go on. */
  public static CourseConfig fallback() {
    return new CourseConfig("untitled-course", "Untitled course", "", "", "en", List.of(), "", SourceAttribution.NONE, "", PaperSize.A4, "", RawHtml.SAFE, Severity.ERROR, Optional.empty());
  }

  private static RawHtml rawHtml(YamlMapping yaml, String path, Diagnostics diagnostics) {
    String written = yaml.string("raw_html").orElse(RawHtml.SAFE.code());
    Optional<RawHtml> rawHtml = RawHtml.fromCode(written);
    if (rawHtml.isEmpty()) {
      diagnostics.error(Code.INVALID_SETTING, path, yaml.positionOf("raw_html"), "'raw_html' must be safe or trusted, not '" + written + "'",
          "leave it out (safe: HTML in lessons is limited to formatting), or write raw_html: trusted to publish it as written");
    }
    return rawHtml.orElse(RawHtml.SAFE);
  }

  private static SolutionsInPrint solutionsInPrint(YamlMapping yaml, String path, Diagnostics diagnostics) {
    String written = yaml.string("solutions_in_print").orElse(SolutionsInPrint.EXPANDED.code());
    Optional<SolutionsInPrint> setting = SolutionsInPrint.fromCode(written);
    if (setting.isEmpty()) {
      diagnostics.error(Code.INVALID_SETTING, path, yaml.positionOf("solutions_in_print"),
          "'solutions_in_print' must be expanded, appendix or hidden, not '" + written + "'",
          "leave it out (printed solutions are shown in place), or write solutions_in_print: appendix to print them at the end of the lesson");
    }
    return setting.orElse(SolutionsInPrint.EXPANDED);
  }

  private static Severity strayMarkdown(YamlMapping yaml, String path, Diagnostics diagnostics) {
    String written = yaml.string("stray_markdown").orElse("error");
    return switch (written) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> {
        diagnostics.error(Code.INVALID_SETTING, path, yaml.positionOf("stray_markdown"), "'stray_markdown' must be error or warning, not '" + written + "'",
            "leave it out (a Markdown file the course does not read stops the build), or write stray_markdown: warning");
        yield Severity.ERROR;
      }
    };
  }

  /** The override folder as written; whether it exists is the build's to check, since the build finds it on disk. */
  private static Optional<PathSetting> theme(YamlMapping yaml, String path, Diagnostics diagnostics) {
    Optional<String> written = yaml.string("theme");
    if (written.isPresent() && written.get().isEmpty()) {
      diagnostics.error(Code.EMPTY_VALUE, path, yaml.positionOf("theme"), "'theme' is empty",
          "write the folder of your templates after 'theme:', relative to this file (e.g. theme: ../my-theme), or remove the line");
      return Optional.empty();
    }
    return written.map(folder -> new PathSetting(folder, path, yaml.positionOf("theme")));
  }

  private static PaperSize paper(YamlMapping yaml, String path, Diagnostics diagnostics) {
    String written = yaml.string("paper").orElse("a4");
    Optional<PaperSize> paper = PaperSize.fromCode(written);
    if (paper.isEmpty()) {
      diagnostics.error(Code.INVALID_SETTING, path, yaml.positionOf("paper"), "'paper' must be a4 or letter, not '" + written + "'",
          "a4 is the international size; letter is the US size");
    }
    return paper.orElse(PaperSize.A4);
  }

  private static SourceAttribution source(YamlMapping yaml) {
    if (!yaml.has("source")) {
      return SourceAttribution.NONE;
    }
    if (yaml.isList("source")) {
      yaml.rejectValue(Code.WRONG_VALUE_SHAPE, "source", "'source' must be text or a mapping (nested 'key: value' lines), not a list",
          "write the source's title after 'source:', or give its details on indented lines below it: title:, author:, url:, note:");
      return SourceAttribution.NONE;
    }
    if (!yaml.isMapping("source")) {
      return yaml.string("source").map(title -> new SourceAttribution(title, "", "", "")).orElse(SourceAttribution.NONE);
    }
    YamlMapping source = yaml.mapping("source").orElseThrow();
    source.rejectUnknownKeys(SOURCE_KEYS, "'source'");
    String url = source.string("url").orElse("");
    BaseUrl.problem(url).ifPresent(p -> source.rejectValue(Code.INVALID_SETTING, "url", p));
    return new SourceAttribution(
        source.requiredString("title", "the title of the source").orElse(""),
        source.string("author").orElse(""),
        url,
        source.string("note").orElse(""));
  }
}
