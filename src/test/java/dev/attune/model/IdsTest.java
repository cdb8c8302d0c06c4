package dev.attune.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void anIdIsLowerCaseWordsJoinedByDashes() {
    for (String valid : new String[] {"a", "check-in", "week-1-day-2", "0"}) {
      assertTrue(Ids.isValid(valid), valid);
    }
    for (String invalid : new String[] {"", "-a", "a-", "a--b", "A", "a_b", "a b", "é", "a-\n"}) {
      assertFalse(Ids.isValid(invalid), invalid);
    }
  }

  @Test
  void anIdOfThousandsOfWordsIsCheckedWithoutOverflowing() {
    assertTrue(Ids.isValid("a-".repeat(100_000) + "a"));
    assertFalse(Ids.isValid("a-".repeat(100_000)));
  }
}
