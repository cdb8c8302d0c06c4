package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void takesTheNumberAndTheRestOfTheName() {
    assertEquals(OptionalInt.of(1), Slugs.order("01-what-is-mutual-empathy.md"));
    assertEquals("what-is-mutual-empathy", Slugs.slug("01-what-is-mutual-empathy.md"));
    assertEquals(OptionalInt.of(12), Slugs.order("12_Repair.md"));
    assertEquals("repair", Slugs.slug("12_Repair.md"));
  }

  @Test
  void namesWithoutNumbersKeepTheirWholeName() {
    assertEquals(OptionalInt.empty(), Slugs.order("glossary.md"));
    assertEquals("glossary", Slugs.slug("glossary.md"));
    assertEquals("2024", Slugs.slug("2024.md"));
  }

  @Test
  void makesAddressSafeSlugs() {
    assertEquals("cafe-o-que-e", Slugs.slug("03 Café: o que é?.md"));
    assertEquals("page", Slugs.slugify("???"));
  }
}
