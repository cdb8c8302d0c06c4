package dev.attune.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Position;
import dev.attune.diagnostics.Severity;
import dev.attune.model.Html;
import dev.attune.model.Option;
import dev.attune.model.Question;
import dev.attune.model.QuestionType;
import dev.attune.parse.LinkTarget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CacheCodecTest {
  private static byte[] write(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new CacheCodec.Writer(out).write(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException {
    return new CacheCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes))).read();
  }

  @Test
  void recordsAndValuesComeBackEqual() throws IOException {
    Object value = Map.of(
        "records", List.of(new Diagnostic(Severity.WARNING, Code.TAB_INDENT, "a.md", 3, 4, "m", "h"), new LinkTarget.Rewrite("../b/"), new LinkTarget.Keep()),
        "nested", new RecordingLinkTargets.Lookup("x.md#y", true),
        "values", List.of(1, 2L, true, "ü ✓ \\n", Optional.of("x"), Optional.empty(), OptionalInt.of(5), OptionalInt.empty(), Path.of("/a/b")),
        "set", Set.of("a", "b"),
        "none", new Position(0, 0));
    assertEquals(value, read(write(value)));
    assertEquals(QuestionType.TRUE_FALSE, read(write(QuestionType.TRUE_FALSE)));
  }

  @Test
  void recordsCheckTheirRulesAgainWhenRead() throws IOException {
    byte[] bytes = write(new Html("x"));
    assertEquals(new Html("x"), read(bytes));
    Question question = new Question("q", QuestionType.SINGLE, new Html("Q?"), "Q?", Html.EMPTY,
        List.of(new Option("a", new Html("A"), "A", true, Html.EMPTY), new Option("b", new Html("B"), "B", false, Html.EMPTY)),
        "", Html.EMPTY, Html.EMPTY, true);
    assertEquals(question, read(write(question)));
  }

  @Test
  void refusesClassesThatAreNotAttunesRecords() throws IOException {
    byte[] ours = write(new Position(1, 2));
    String text = new String(ours, java.nio.charset.StandardCharsets.ISO_8859_1);
    String foreign = text.replace("dev.attune.diagnostics.Position", "java.lang.ProcessBuilder.Redirect".substring(0, 31));
    IOException refused = assertThrows(IOException.class, () -> read(foreign.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    assertTrue(refused.getMessage().contains("not Attune's"), refused.getMessage());
    String notRecord = text.replace("dev.attune.diagnostics.Position", "dev.attune.diagnostics.LineMap\u0000");
    assertThrows(IOException.class, () -> read(notRecord.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    assertThrows(IllegalArgumentException.class, () -> write(new StringBuilder("not a value")));
  }

  @Test
  void aCutShortStreamIsAnError() throws IOException {
    byte[] bytes = write(List.of("one", "two", "three"));
    assertThrows(IOException.class, () -> read(java.util.Arrays.copyOf(bytes, bytes.length - 3)));
  }
}
