package dev.attune.model;

/**
 * A named line of a prompt: a checklist or choice item, or a table row.
 *
 * @param id stable within its prompt, derived from the text, so saved answers follow the item
 */
public record Item(String id, Html label, String text) {}
