package dev.attune.render;

/**
 * A rendered page.
 *
 * @param url the page's site-relative address
 * @param origin the source it was made from, for diagnostics
 */
public record RenderedPage(String url, String html, String origin) {}
