package dev.attune.load;

/** A lesson file with its slug (the file name without number and extension) and front matter. */
public record LessonSource(MarkdownSource source, String slug, LessonMeta meta) {}
