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
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      diagnostics.error(source.displayPath(), Position.FILE, "the file is not valid UTF-8 text", "save it with the UTF-8 encoding in your editor");
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
  }
}
