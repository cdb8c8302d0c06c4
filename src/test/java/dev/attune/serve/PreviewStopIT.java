package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.JavaProcess;
import dev.attune.testing.TestCourses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attune serve} as a user stops it, with pages following its builds: their streams must
 * not keep it running. (A process is stopped here with SIGTERM, which runs the same shutdown hook
 * as Ctrl+C's SIGINT.)
 */
class PreviewStopIT {
  private static final Duration WITHIN = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void stopsAtOnceAndEndsTheStreamsOfOpenPagesCleanly() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Process attune = JavaProcess.startAttune(dir, "serve", "--content", content.toString(), "--port", "0");
    List<EventStream> pages = new ArrayList<>();
    try {
      String line = JavaProcess.nextLine(attune);
      Matcher previewing = Pattern.compile("Previewing at http://127\\.0\\.0\\.1:(\\d+)/ ").matcher(line);
      assertTrue(previewing.lookingAt(), line);
      int port = Integer.parseInt(previewing.group(1));
      for (int i = 0; i < 3; i++) {
        EventStream page = EventStream.open(port);
        pages.add(page);
        page.next(WITHIN);
      }
      long start = System.nanoTime();
      attune.destroy();
      assertTrue(attune.waitFor(5, TimeUnit.SECONDS), "attune serve was still running 5 s after it was told to stop");
      long took = (System.nanoTime() - start) / 1_000_000;
      for (EventStream page : pages) {
        assertTrue(page.ends(WITHIN), "a page's stream was cut off instead of ended");
      }
      System.out.println("PreviewStopIT: attune serve stopped " + took + " ms after SIGTERM, with 3 pages following its builds");
      assertTrue(took < 3000, "stopping took " + took + " ms");
    } finally {
      for (EventStream page : pages) {
        page.close();
      }
      if (attune.isAlive()) {
        JavaProcess.kill(attune);
      }
    }
  }
}
