package dev.attune.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("title", "summary", "duration", "objectives");

  @Test
  void suggestsTheClosestKeyForTyposAndSwaps() {
    assertEquals(Optional.of("title"), Suggestions.closest("titel", KEYS));
    assertEquals(Optional.of("title"), Suggestions.closest("Title", KEYS));
    assertEquals(Optional.of("objectives"), Suggestions.closest("objectivs", KEYS));
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertEquals(Optional.empty(), Suggestions.closest("colour", KEYS));
    assertEquals("known keys are: duration, objectives, summary, title", Suggestions.didYouMean("colour", KEYS, "known keys are"));
  }
}
