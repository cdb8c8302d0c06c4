package dev.attune.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.CodeDocs;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codes are unique, well formed and stable, and docs/diagnostics.md explains each of them. */
class CodeTest {
  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Code code : Code.values()) {
      assertTrue(code.id().matches("A0[1-8]\\d\\d"), code.id());
      assertTrue(seen.add(code.id()), "two constants share " + code.id());
    }
  }

  /** Changing a published code breaks editors' and CI's filters; add new codes instead. */
  @Test
  void publishedCodesKeepTheirMeaning() {
    assertEquals("A0101", Code.YAML_SYNTAX.id());
    assertEquals("A0212", Code.STRAY_MARKDOWN.id());
    assertEquals("A0401", Code.UNKNOWN_BLOCK.id());
    assertEquals("A0411", Code.BROKEN_LINK.id());
    assertEquals("A0510", Code.PATTERN_NOT_FOR_BROWSER.id());
    assertEquals("A0803", Code.PDF_MISSING_GLYPHS.id());
  }

  @Test
  void everyCodeHasAnEntryInTheDocsUnderItsSummaryWithAFix() {
    Map<String, CodeDocs.Entry> docs = CodeDocs.read();
    assertEquals(CodeDocs.headings(), docs.size(), "every '### Axxxx' heading is followed by 'Seen as: `…`', what it means, and '**Fix:** …'");
    for (Code code : Code.values()) {
      CodeDocs.Entry entry = docs.get(code.id());
      assertTrue(entry != null, code.id() + " is not explained in docs/diagnostics.md");
      assertEquals(code.summary(), entry.summary(), code.id() + "'s heading");
      assertFalse(entry.fix().isBlank(), code.id());
    }
    List<String> known = Arrays.stream(Code.values()).map(Code::id).toList();
    for (String documented : docs.keySet()) {
      assertTrue(known.contains(documented), "docs/diagnostics.md explains " + documented + ", which Attune does not have");
    }
    assertEquals(known, List.copyOf(docs.keySet()), "the page lists the codes in order");
  }

  @Test
  void examplesMatchWithEllipsisAsAnyText() {
    assertTrue(CodeDocs.matches("invalid YAML: …", "invalid YAML: this line is indented more"));
    assertTrue(CodeDocs.matches("'…' is given twice", "'title' is given twice"));
    assertFalse(CodeDocs.matches("missing 'title'", "missing 'summary'"));
  }
}
