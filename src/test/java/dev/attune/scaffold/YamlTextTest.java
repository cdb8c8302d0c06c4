package dev.attune.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.config.YamlMapping;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTextTest {
  /** What YAML reads back from {@code title: <scalar>  # a comment}. */
  private static String readBack(String text) {
    Diagnostics diagnostics = new Diagnostics();
    String value = YamlMapping.parse("title: " + YamlText.scalar(text) + "  # a comment\n", "x.md", 2, diagnostics)
        .flatMap(m -> m.string("title")).orElse("<nothing>");
    assertEquals(List.of(), diagnostics.all().stream().map(Diagnostic::format).toList(), text);
    return value;
  }

  @Test
  void plainWordsStayPlain() {
    assertEquals("Active listening", YamlText.scalar("Active listening"));
    assertEquals("Привет, мир", YamlText.scalar("Привет, мир"));
    assertEquals("It's (nearly) done!", YamlText.scalar("It's (nearly) done!"));
    assertEquals("../lessons/01-welcome.md", YamlText.scalar("../lessons/01-welcome.md"));
  }

  @Test
  void anythingYamlWouldReadOtherwiseIsQuoted() {
    assertEquals("\"Ser: o quê?\"", YamlText.scalar("Ser: o quê?"));
    assertEquals("\"true\"", YamlText.scalar("true"));
    assertEquals("\"1984\"", YamlText.scalar("1984"));
    assertEquals("\"say \\\"hi\\\" \\\\ bye\"", YamlText.scalar("say \"hi\" \\ bye"));
  }

  @Test
  void everyTitleReadsBackAsWritten() {
    for (String title : List.of("Active listening", "Ser: o quê?", "#1 tip", "- a list?", "[not a list]", "{not a map}", "'quoted'",
        "\"double\"", "back\\slash", "a # not a comment", "true", "No", "null", "~", "1984", "1e3", "0x1F", ".inf", "*star", "&anchor",
        "!tag", "%percent", "@at", "`tick`", "|pipe", ">fold", "Écouter, c'est « aimer » : vraiment ?", "日本語", "a\u00a0b")) {
      assertEquals(title, readBack(title), title);
    }
  }
}
