package dev.attune.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {
  @Test
  void readsIdsPairsQuotedValuesAndFlags() {
    Attributes.Parse parse = Attributes.parse(" #feelings type=multiple title=\"Check your understanding\" low='Very low' partner");
    assertEquals("", parse.error());
    assertEquals(Map.of("id", "feelings", "type", "multiple", "title", "Check your understanding", "low", "Very low", "partner", ""),
        parse.attributes().values());
    assertEquals(1, parse.attributes().offsetOf("id", -1));
  }

  @Test
  void acceptsBraces() {
    assertEquals(Map.of("id", "x", "kind", "scale"), Attributes.parse("{#x kind=scale}").attributes().values());
  }

  @Test
  void reportsMistakesWithTheirOffset() {
    Attributes.Parse unclosed = Attributes.parse("title=\"oops");
    assertFalse(unclosed.ok());
    assertEquals(6, unclosed.errorOffset());
    Attributes.Parse twice = Attributes.parse("a=1 a=2");
    assertEquals("'a' is given twice", twice.error());
    assertEquals(4, twice.errorOffset());
    assertEquals("'{' is not closed by '}'", Attributes.parse("{#x").error());
    assertEquals("expected an attribute such as #id or name=value here, found '='", Attributes.parse("=x").error());
  }

  @Test
  void aHashWithNothingAfterItIsAMistakeNotACrash() {
    // Found by fuzzing (LessonFuzzTest): ':::note #' and '{#}' read past the end of the text.
    for (String text : new String[] {"#", "{#}", "a=1 #", "  #"}) {
      Attributes.Parse parse = Attributes.parse(text);
      assertEquals("expected an attribute such as #id or name=value here, found nothing", parse.error(), text);
      assertEquals(text.indexOf('#'), parse.errorOffset(), text);
    }
  }
}
