package dev.attune.load;

/**
 * A Markdown file split into its front matter and body.
 *
 * @param body the Markdown after the front matter, with '\n' line ends
 * @param bodyFirstLine the file line on which {@code body} starts, for diagnostics
 */
public record MarkdownSource(SourceFile file, String body, int bodyFirstLine) {}
