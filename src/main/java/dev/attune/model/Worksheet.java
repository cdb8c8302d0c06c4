package dev.attune.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A reflection worksheet, from a {@code :::worksheet} block or a file in {@code worksheets/}.
 *
 * @param id unique in the course; learners' answers are kept under it
 */
public record Worksheet(String id, String title, Html intro, List<Prompt> prompts) {
  public Worksheet {
    prompts = List.copyOf(prompts);
    if (prompts.isEmpty()) {
      throw new IllegalArgumentException("worksheet without prompts: " + id);
    }
    Set<String> ids = new HashSet<>();
    for (Prompt prompt : prompts) {
      if (!ids.add(prompt.id())) {
        throw new IllegalArgumentException("duplicate prompt id " + prompt.id() + " in worksheet " + id);
      }
    }
  }

  /** Whether any prompt is written by two people side by side. */
  public boolean isForPartners() {
    return prompts.stream().anyMatch(p -> p.kind() == PromptKind.PARTNER);
  }
}
