package dev.attune.model;

/**
 * A solution or hint of a challenge, kept apart from the page so that print can gather them at
 * the end of the lesson ({@code solutions_in_print: appendix}).
 *
 * @param challenge the challenge's title (its first heading's content, or "Challenge N")
 * @param challengeId the id of the challenge's heading, or empty when it has none
 * @param label its own heading's content, or "Solution" or "Hint"
 * @param html its content
 */
public record Solution(Html challenge, String challengeId, Html label, Html html) {}
