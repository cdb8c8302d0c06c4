package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.JavaProcess;
import dev.attune.testing.RawHttp;
import dev.attune.testing.TestCourses;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attune serve} as a user runs it (its own JVM, so the JDK server's limits are the ones the
 * preview sets), under load on loopback: clients that send half a request and stall must not hold
 * up anyone else, and are cut off after the request time limit.
 */
class PreviewServerLoadIT {
  private static final int STALLED = 20;
  private static final int REQUESTS = 200;
  private static final Duration EACH_WITHIN = Duration.ofSeconds(5);
  /** The JDK looks for overdue requests once a second; allow for that and a slow machine. */
  private static final Duration CUT_OFF_WITHIN = JdkServerLimits.REQUEST.plusSeconds(3);
  private static final List<String> PATHS = List.of("/", "/lessons/first-steps/", "/lessons/second-steps/",
      "/theme/css/attune.css", PreviewServer.STATUS_PATH, PreviewServer.SCRIPT_PATH);

  @TempDir Path dir;

  @Test
  void answersEveryoneWhileClientsStallAndCutsTheStalledOff() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Process attune = JavaProcess.startAttune(dir, "serve", "--content", content.toString(), "--port", "0");
    List<Socket> stalled = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
    try {
      int port = port(JavaProcess.nextLine(attune));
      String host = "127.0.0.1:" + port;
      long stalledAt = System.nanoTime();
      for (int i = 0; i < STALLED; i++) {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.getOutputStream().write("GET /lessons/first-steps/ HT".getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }
      Thread.sleep(500); // Let the server take up the stalled requests before the others come.

      CountDownLatch go = new CountDownLatch(1);
      List<Future<Long>> answers = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        String path = PATHS.get(i % PATHS.size());
        answers.add(clients.submit(() -> {
          go.await();
          long start = System.nanoTime();
          RawHttp.Response response = RawHttp.get(port, path, host);
          long took = System.nanoTime() - start;
          assertEquals(200, response.status(), path);
          assertTrue(!response.body().isEmpty(), path);
          return took;
        }));
      }
      long startAll = System.nanoTime();
      go.countDown();
      List<Long> times = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      for (Future<Long> answer : answers) {
        try {
          times.add(answer.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
          failures.add(String.valueOf(e.getCause() == null ? e : e.getCause()));
        }
      }
      long all = System.nanoTime() - startAll;
      Collections.sort(times);
      System.out.printf(Locale.ROOT, "PreviewServerLoadIT: %d stalled connections; %d of %d concurrent GETs answered 200 in %.0f ms"
              + " (each: min %.0f ms, median %.0f ms, 95th percentile %.0f ms, max %.0f ms)%n",
          STALLED, times.size(), REQUESTS, all / 1e6, millis(times, 0), millis(times, 0.5), millis(times, 0.95), millis(times, 1));
      assertTrue(failures.isEmpty(), failures.size() + " requests failed; the first: " + (failures.isEmpty() ? "" : failures.get(0)));
      assertTrue(times.get(times.size() - 1) < EACH_WITHIN.toNanos(), "the slowest answer took " + millis(times, 1) + " ms");

      long lastCut = 0;
      for (Socket socket : stalled) {
        lastCut = Math.max(lastCut, awaitHangUp(socket, stalledAt + CUT_OFF_WITHIN.toNanos()) - stalledAt);
      }
      System.out.printf(Locale.ROOT, "PreviewServerLoadIT: the server cut off all %d stalled connections %.1f s after they stalled"
          + " (its request limit: %d s)%n", STALLED, lastCut / 1e9, JdkServerLimits.REQUEST.toSeconds());
    } finally {
      clients.shutdownNow();
      for (Socket socket : stalled) {
        socket.close();
      }
      attune.destroy();
      if (!attune.waitFor(30, TimeUnit.SECONDS)) {
        JavaProcess.kill(attune);
      }
    }
  }

  private static int port(String line) {
    Matcher matcher = Pattern.compile("Previewing at http://127\\.0\\.0\\.1:(\\d+)/ ").matcher(line);
    assertTrue(matcher.lookingAt(), line);
    return Integer.parseInt(matcher.group(1));
  }

  /** Waits until the server closes {@code socket}; returns when (System.nanoTime), fails after the deadline. */
  private static long awaitHangUp(Socket socket, long deadline) throws IOException {
    InputStream in = socket.getInputStream();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("a stalled connection was still open " + CUT_OFF_WITHIN.toSeconds() + " s after it stalled");
      }
      socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
      try {
        if (in.read() < 0) {
          return System.nanoTime();
        }
      } catch (SocketTimeoutException e) {
        // Look again: the deadline decides.
      } catch (SocketException e) {
        return System.nanoTime(); // reset: closed with the request unread
      }
    }
  }

  private static double millis(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
  }
}
