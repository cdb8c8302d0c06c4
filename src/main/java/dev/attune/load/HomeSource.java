package dev.attune.load;

/** {@code content/index.md}: the course's home text, shown above the lesson list. */
public record HomeSource(MarkdownSource source, String title) {}
