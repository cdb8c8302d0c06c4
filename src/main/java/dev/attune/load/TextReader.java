package dev.attune.load;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;

/** Reads a course text file as UTF-8 with '\n' line ends and no byte-order mark. */
final class TextReader {
  private TextReader() {}

  static Optional<String> read(SourceFile source, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(source.file());
    } catch (IOException e) {
      diagnostics.error(Code.CANNOT_READ, source.displayPath(), Position.FILE, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
      return Optional.empty();
    }
    Optional<String> decoded = decode(bytes);
    if (decoded.isEmpty()) {
      int bad = firstBadByte(bytes);
      diagnostics.error(Code.NOT_UTF8, source.displayPath(), position(bytes, bad),
          String.format(Locale.ROOT, "the file is not valid UTF-8 text: the byte 0x%02X here cannot be read as UTF-8", bytes[bad] & 0xFF),
          hint(bytes));
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
      return Optional.of(strict().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The offset of the first byte that is not part of a UTF-8 character; {@code bytes.length} when there is none. */
  static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder = strict();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return bytes.length;
      }
      out.clear();
    }
  }

  /**
   * Where the byte at {@code offset} is, as an editor shows it: lines end at '\n', "\r\n" or '\r'
   * (as when the text is read), and the column counts the characters before it on its line, so
   * every byte before it is valid UTF-8. A byte-order mark is not a character of the first line.
   */
  static Position position(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = startsWithByteOrderMark(bytes) ? 3 : 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      if ((bytes[i] & 0xC0) != 0x80 && bytes[i] != '\r') {
        column++; // every character starts with one byte that is not a continuation byte (10xxxxxx)
      }
    }
    return new Position(line, column);
  }

  /** What probably happened: a binary file, a UTF-16 file, or text saved in an older encoding. */
  private static String hint(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
      return "the file is saved as UTF-16: save it as UTF-8 in your editor";
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return "this looks like a binary file, not text: give it the extension of what it is (e.g. .png), or replace it with the text";
      }
    }
    return "save it with the UTF-8 encoding in your editor (it is probably saved in another one, such as Windows-1252)";
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
