package dev.attune.load;

import dev.attune.config.YamlMapping;
import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the front matter of lessons, pages and the home text into typed records. */
final class FrontMatterReader {
  static final List<String> HOME_KEYS = List.of("title");
  static final List<String> MODULE_KEYS = List.of("title", "summary", "weight");
  private static final int MAX_MINUTES = 24 * 60;

  private final Diagnostics diagnostics;

  FrontMatterReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The front matter as a mapping; an absent front matter is an empty mapping. */
  Optional<YamlMapping> mapping(Optional<String> yaml, String path) {
    return YamlMapping.parse(yaml.orElse(""), path, 2, diagnostics);
  }

  LessonMeta lesson(FrontMatter.Split split, String path, String fallbackTitle) {
    Optional<String> yaml = split.yaml();
    Optional<YamlMapping> parsed = split.broken() ? Optional.empty() : mapping(yaml, path);
    if (parsed.isEmpty()) {
      return new LessonMeta(fallbackTitle, "", OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(), false, OptionalInt.empty(), Map.of());
    }
    YamlMapping m = parsed.get();
    if (yaml.isEmpty()) {
      diagnostics.error(Code.NO_FRONT_MATTER, path, new Position(1, 1), "this lesson has no front matter", "start the file with '---', a line 'title: …', and another '---'");
      return new LessonMeta(fallbackTitle, "", OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(), false, OptionalInt.empty(), Map.of());
    }
    m.rejectUnknownKeys(LessonMeta.KEYS, "lesson front matter");
    Map<String, Position> positions = new LinkedHashMap<>();
    for (String key : LessonMeta.KEYS) {
      positions.put(key, m.positionOf(key));
    }
    OptionalInt teaching = optional(m.integer("teaching", 0, MAX_MINUTES));
    OptionalInt exercises = optional(m.integer("exercises", 0, MAX_MINUTES));
    return new LessonMeta(
        m.requiredString("title", "the lesson title").orElse(fallbackTitle),
        m.string("summary").orElse(""),
        duration(optional(m.integer("duration", 1, MAX_MINUTES)), teaching, exercises, path, positions.get("duration")),
        teaching,
        exercises,
        m.stringList("objectives"),
        m.stringList("keypoints"),
        m.bool("draft").orElse(false),
        optional(m.integer("weight", -1_000_000, 1_000_000)),
        Map.copyOf(positions));
  }

  /**
   * A lesson's minutes: {@code duration} when given, else the sum of {@code teaching} and
   * {@code exercises}. A {@code duration} that is not their sum is kept, with a warning: one of
   * the three is out of date, and only the author knows which.
   */
  private OptionalInt duration(OptionalInt duration, OptionalInt teaching, OptionalInt exercises, String path, Position at) {
    if (teaching.isEmpty() && exercises.isEmpty()) {
      return duration;
    }
    int sum = teaching.orElse(0) + exercises.orElse(0);
    if (duration.isEmpty()) {
      return sum > 0 ? OptionalInt.of(sum) : OptionalInt.empty();
    }
    if (duration.getAsInt() != sum) {
      diagnostics.warning(Code.DURATION_MISMATCH, path, at == null ? Position.FILE : at,
          "'duration' is " + duration.getAsInt() + " minutes, but 'teaching' and 'exercises' add up to " + sum,
          "make 'duration' " + sum + ", or remove it: without 'duration', a lesson lasts 'teaching' plus 'exercises'");
    }
    return duration;
  }

  PageMeta page(FrontMatter.Split split, String path, String fallbackTitle) {
    Optional<String> yaml = split.yaml();
    Optional<YamlMapping> parsed = split.broken() ? Optional.empty() : mapping(yaml, path);
    if (parsed.isEmpty()) {
      return new PageMeta(fallbackTitle, "", false, OptionalInt.empty(), true);
    }
    YamlMapping m = parsed.get();
    if (yaml.isEmpty()) {
      diagnostics.error(Code.NO_FRONT_MATTER, path, new Position(1, 1), "this page has no front matter", "start the file with '---', a line 'title: …', and another '---'");
      return new PageMeta(fallbackTitle, "", false, OptionalInt.empty(), true);
    }
    m.rejectUnknownKeys(PageMeta.KEYS, "page front matter");
    return new PageMeta(
        m.requiredString("title", "the page title").orElse(fallbackTitle),
        m.string("summary").orElse(""),
        m.bool("draft").orElse(false),
        optional(m.integer("weight", -1_000_000, 1_000_000)),
        m.bool("menu").orElse(true));
  }

  WorksheetMeta worksheet(FrontMatter.Split split, String path, String slug) {
    Optional<YamlMapping> parsed = split.broken() ? Optional.empty() : mapping(split.yaml(), path);
    WorksheetMeta fallback = new WorksheetMeta(slug, "", "", "", Position.FILE, false, OptionalInt.empty());
    if (parsed.isEmpty()) {
      return fallback;
    }
    YamlMapping m = parsed.get();
    if (split.yaml().isEmpty()) {
      diagnostics.error(Code.NO_FRONT_MATTER, path, new Position(1, 1), "this worksheet has no front matter", "start the file with '---', a line 'title: …', and another '---'");
      return fallback;
    }
    m.rejectUnknownKeys(WorksheetMeta.KEYS, "worksheet front matter");
    return new WorksheetMeta(
        m.requiredString("title", "the worksheet title").orElse(slug),
        m.string("id").orElse(""),
        m.string("summary").orElse(""),
        m.string("lesson").orElse(""),
        m.positionOf("lesson"),
        m.bool("draft").orElse(false),
        optional(m.integer("weight", -1_000_000, 1_000_000)));
  }

  String homeTitle(Optional<String> yaml, String path) {
    return mapping(yaml, path)
        .map(m -> {
          m.rejectUnknownKeys(HOME_KEYS, "the home page's front matter");
          return m.string("title").orElse("");
        })
        .orElse("");
  }

  private static OptionalInt optional(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
