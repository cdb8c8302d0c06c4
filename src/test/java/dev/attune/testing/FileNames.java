package dev.attune.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tests of file names beyond ASCII need a JVM that reads and writes file names as UTF-8, which
 * Java 17 does only in a UTF-8 locale (LANG or LC_ALL such as C.UTF-8); elsewhere they are skipped.
 */
public final class FileNames {
  private FileNames() {}

  public static void assumeUtf8() {
    String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
    assumeTrue(Charset.forName(encoding).equals(StandardCharsets.UTF_8),
        "file names are " + encoding + " in this JVM, not UTF-8: run the tests in a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
  }
}
