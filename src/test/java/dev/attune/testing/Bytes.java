package dev.attune.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Files' bytes for tests of text that is not UTF-8. */
public final class Bytes {
  private Bytes() {}

  /** Each part in order: a {@code String} as UTF-8, an {@code Integer} as one byte ({@code 0xE9}). */
  public static byte[] of(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }
}
