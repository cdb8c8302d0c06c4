package dev.attune.model;

/**
 * A worksheet with its own page, {@code worksheets/<id>/}: every worksheet of a lesson and every
 * worksheet file.
 *
 * @param lesson the lesson it belongs to, or null
 * @param summary a sentence for the worksheets index; may be empty
 */
public record WorksheetPage(Worksheet worksheet, String url, String pdfUrl, String sourcePath, Lesson lesson, String summary) {}
