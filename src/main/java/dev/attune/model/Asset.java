package dev.attune.model;

import java.nio.file.Path;

/** A file copied to the site as is, such as an image; {@code url} is its site-relative path. */
public record Asset(Path source, String url) {}
