package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReaderTest {
  @Test
  void decodesValidUtf8AndRefusesBadBytes() {
    assertEquals(Optional.of("café – ✓"), TextReader.decode("café – ✓".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of("a real \uFFFD in the text"), TextReader.decode("a real \uFFFD in the text".getBytes(StandardCharsets.UTF_8)),
        "the replacement character itself is text like any other");
    assertEquals(Optional.empty(), TextReader.decode(new byte[] {'a', (byte) 0xC3, 'b'}), "a broken sequence");
    assertEquals(Optional.empty(), TextReader.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'}), "Latin-1 or UTF-16 bytes");
    assertEquals(Optional.empty(), TextReader.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "an encoded surrogate");
  }
}
