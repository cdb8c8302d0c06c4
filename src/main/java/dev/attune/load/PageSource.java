package dev.attune.load;

/** A standalone page under {@code pages/}; its slug may contain '/' for pages in sub-folders. */
public record PageSource(MarkdownSource source, String slug, PageMeta meta) {}
