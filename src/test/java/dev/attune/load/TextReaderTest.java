package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import dev.attune.testing.Bytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
  @TempDir Path dir;

  @Test
  void decodesValidUtf8AndRefusesBadBytes() {
    assertEquals(Optional.of("café – ✓"), TextReader.decode("café – ✓".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of("a real \uFFFD in the text"), TextReader.decode("a real \uFFFD in the text".getBytes(StandardCharsets.UTF_8)),
        "the replacement character itself is text like any other");
    assertEquals(Optional.empty(), TextReader.decode(new byte[] {'a', (byte) 0xC3, 'b'}), "a broken sequence");
    assertEquals(Optional.empty(), TextReader.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'}), "Latin-1 or UTF-16 bytes");
    assertEquals(Optional.empty(), TextReader.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "an encoded surrogate");
  }

  @Test
  void findsTheFirstBadByte() {
    assertEquals(0, TextReader.firstBadByte(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    assertEquals(1, TextReader.firstBadByte(new byte[] {'a', (byte) 0xC3, 'b'}), "the start of a sequence that breaks off");
    assertEquals(3, TextReader.firstBadByte(Bytes.of("caf", 0xE9)));
    assertEquals(6, TextReader.firstBadByte(Bytes.of("é ✓", 0xFF)), "after two- and three-byte characters");
  }

  @Test
  void thePositionCountsCharactersOfTheValidPrefixOfItsLine() {
    byte[] latin1 = Bytes.of("---\ntitle: Caf", 0xE9, "\n---\n");
    assertEquals(new Position(2, 11), TextReader.position(latin1, TextReader.firstBadByte(latin1)));
    byte[] afterWideCharacters = Bytes.of("one\n日本語 ✓ é", 0xFF);
    assertEquals(new Position(2, 8), TextReader.position(afterWideCharacters, TextReader.firstBadByte(afterWideCharacters)));
    byte[] astral = Bytes.of("🙂🙂", 0xC3, "x");
    assertEquals(new Position(1, 3), TextReader.position(astral, TextReader.firstBadByte(astral)), "an emoji is one character");
  }

  @Test
  void linesEndAsTheyDoWhenTheTextIsRead() {
    byte[] crlf = Bytes.of("a\r\nb\r\ncc", 0xFF);
    assertEquals(new Position(3, 3), TextReader.position(crlf, TextReader.firstBadByte(crlf)));
    byte[] cr = Bytes.of("a\rb\rc", 0xFF);
    assertEquals(new Position(3, 2), TextReader.position(cr, TextReader.firstBadByte(cr)));
    byte[] bom = Bytes.of("\uFEFFab", 0xFF);
    assertEquals(new Position(1, 3), TextReader.position(bom, TextReader.firstBadByte(bom)), "a byte-order mark is not a character");
  }

  @Test
  void reportsTheBadByteWithAHintForWhatTheFileProbablyIs() throws Exception {
    assertEquals(List.of("content/a.md:5:6: error: the file is not valid UTF-8 text: the byte 0xE9 here cannot be read as UTF-8 [A0202]\n"
            + "  hint: save it with the UTF-8 encoding in your editor (it is probably saved in another one, such as Windows-1252)"),
        read(Bytes.of("---\ntitle: T\n---\nGood line\ncafé ", 0xE9, "t", 0xE9, "\n")));
    assertEquals(List.of("content/a.md:1:1: error: the file is not valid UTF-8 text: the byte 0x89 here cannot be read as UTF-8 [A0202]\n"
            + "  hint: this looks like a binary file, not text: give it the extension of what it is (e.g. .png), or replace it with the text"),
        read(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'}));
    assertEquals(List.of("content/a.md:1:1: error: the file is not valid UTF-8 text: the byte 0xFF here cannot be read as UTF-8 [A0202]\n"
            + "  hint: the file is saved as UTF-16: save it as UTF-8 in your editor"),
        read(new byte[] {(byte) 0xFF, (byte) 0xFE, 't', 0, 'i', 0}));
  }

  private List<String> read(byte[] bytes) throws Exception {
    Path file = dir.resolve("a.md");
    Files.write(file, bytes);
    Diagnostics diagnostics = new Diagnostics();
    assertEquals(Optional.empty(), TextReader.read(new SourceFile(file, "a.md", "content/a.md"), diagnostics));
    return diagnostics.sorted().stream().map(Diagnostic::format).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
  }
}
