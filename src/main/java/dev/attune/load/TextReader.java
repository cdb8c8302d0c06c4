package dev.attune.load;

import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** Reads a course text file as UTF-8 with '\n' line ends and no byte-order mark. */
final class TextReader {
  private TextReader() {}

  static Optional<String> read(SourceFile source, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source.file());
    } catch (IOException e) {
      diagnostics.error(source.displayPath(), Position.FILE, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
      return Optional.empty();
    }
    Optional<String> decoded = decode(bytes);
    if (decoded.isEmpty()) {
      diagnostics.error(source.displayPath(), Position.FILE, "the file is not valid UTF-8 text", "save it with the UTF-8 encoding in your editor");
      return Optional.empty();
    }
    String text = decoded.get();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // Most files have no '\r' at all: then there is nothing to replace (the preview reads every
    // file on every save, so this is worth a look first).
    return Optional.of(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /**
   * The text of {@code bytes}, or empty when they are not valid UTF-8. The JVM's own decoding is
   * fast but quietly turns bad bytes into U+FFFD; only a text that contains U+FFFD (rare: bad
   * bytes, or the character itself) goes through the strict decoder that tells the two apart.
   */
  static Optional<String> decode(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return Optional.of(text);
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
