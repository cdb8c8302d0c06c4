package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
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
  void latinLettersLoseTheirAccentsAsBefore() {
    assertEquals("cafe-o-que-e", Slugs.slug("03 Café: o que é?.md"));
    assertEquals("tieng-viet", Slugs.slug("01-Tiếng Việt.md"));
    assertEquals("cafe", Slugs.slug(Normalizer.normalize("01-Café.md", Normalizer.Form.NFD)), "written in NFD");
    assertEquals("fi-a1", Slugs.slugify("ﬁ Ａ１"), "compatibility forms unfolded, as before");
  }

  @Test
  void lettersOfOtherScriptsAreKept() {
    assertEquals("日本語", Slugs.slug("01-日本語.md"));
    assertEquals("привет", Slugs.slug("01-привет.md"));
    assertEquals("привет-мир", Slugs.slug("02-Привет, мир!.md"), "lower-cased, punctuation to '-'");
    assertEquals("οδος", Slugs.slugify("ΟΔΟΣ"), "Greek's final sigma");
    assertEquals("ελληνικά", Slugs.slugify("Ελληνικά"), "accents of other scripts are part of their letters");
    assertEquals("नमस्ते-दुनिया", Slugs.slugify("नमस्ते दुनिया"), "Devanagari vowel signs and virama are kept");
    assertEquals("がっこう", Slugs.slugify("がっこう"), "the Japanese voicing mark is kept");
    assertEquals("йод", Slugs.slugify(Normalizer.normalize("Йод", Normalizer.Form.NFD)), "NFD in, NFC out");
    assertEquals("한국어", Slugs.slugify("한국어"), "Hangul syllables are taken apart and put back together");
    assertEquals("مرحبا-١٢", Slugs.slugify("مرحبا ١٢"), "digits of any script");
    assertEquals("straße", Slugs.slugify("Straße"), "a Latin letter without an accent to drop");
  }

  /** The examples of docs/authoring.md's address rule: every run of what is not a letter or digit, an apostrophe too, is one '-'. */
  @Test
  void theGuidesExamples() {
    assertEquals("what-is-mutual-empathy", Slugs.slug("01-what-is-mutual-empathy.md"));
    assertEquals("don-t-stop", Slugs.slug("03-Don't stop.md"));
    assertEquals("ecouter-c-est-tout", Slugs.slugify("Écouter, c'est tout"));
    assertEquals("日本語", Slugs.slug("01-日本語.md"));
    assertEquals("привет-мир", Slugs.slug("02-Привет, мир.md"));
    assertEquals("cafe", Slugs.slug("03-Café.md"));
    assertEquals("", Slugs.slug("04-🙂.md"));
  }

  @Test
  void aNameWithoutLettersOrDigitsHasNoSlug() {
    assertEquals("", Slugs.slug("04-🙂.md"));
    assertEquals("", Slugs.slug("05-🎉🎉.md"));
    assertEquals("", Slugs.slugify("???"));
    assertEquals("smile", Slugs.slug("04-🙂 smile.md"), "emoji are dropped beside words");
  }

  @Test
  void theSlugIsInNfc() {
    String slug = Slugs.slug("01-" + Normalizer.normalize("Ελληνικά", Normalizer.Form.NFD) + ".md");
    assertEquals(Normalizer.normalize(slug, Normalizer.Form.NFC), slug);
  }
}
