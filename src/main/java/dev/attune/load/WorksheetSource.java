package dev.attune.load;

/** A file under {@code worksheets/}: a worksheet of its own, published at {@code worksheets/<id>/}. */
public record WorksheetSource(MarkdownSource source, String slug, WorksheetMeta meta) {}
