package dev.attune.model;

/**
 * A standalone page such as the glossary or the facilitator guide.
 *
 * @param menu whether every page's navigation links to it
 */
public record Page(String slug, String url, String sourcePath, String title, String summary, boolean menu, Body body) {}
