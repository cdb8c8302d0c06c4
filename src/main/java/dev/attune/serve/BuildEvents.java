package dev.attune.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages of the preview about every finished build the moment it finishes, over
 * Server-Sent Events ({@code text/event-stream}), so that they reload at once. Each stream starts
 * with the latest build, so a page that connects (or reconnects) after a build it has not shown
 * hears of it too; {@code live.js} compares that build's generation with the one the page was
 * served with. A stream carries one change at most: the page it tells reloads.
 *
 * <p>A stream stays open as long as its page does, so it is not answered on the preview's request
 * threads, which a few dozen open pages would use up: each stream has a thread of its own, from a
 * pool of at most {@code maxStreams}, and a page beyond that gets {@code 503} and tries again later.
 */
final class BuildEvents implements AutoCloseable {
  static final String PATH = "/_attune/events";
  /** A browser holds at most six connections to a host, so this many streams is many browsers or devices. */
  static final int MAX_STREAMS = 32;
  /**
   * A comment this often keeps each quiet stream alive and finds those whose page went away (a
   * closed tab, a link followed): the write after the one that met a closed connection fails, and
   * frees the stream's slot, so a page gone holds one for at most two of these.
   */
  static final Duration HEARTBEAT = Duration.ofSeconds(5);
  /**
   * The JDK cuts off any answer that takes longer than {@link JdkServerLimits#RESPONSE}; a stream
   * ends itself well before that, asking its page to open a new one at once (the {@code reconnect} event).
   */
  static final Duration LIFETIME = JdkServerLimits.RESPONSE.minusSeconds(10);
  /**
   * How long the browser waits before it reconnects by itself when a stream breaks: when the
   * preview has stopped, each open page tries this often, not in a tight loop.
   */
  static final Duration RETRY = Duration.ofSeconds(2);
  /** How long a page turned away because {@link #MAX_STREAMS} are open waits before it asks again. */
  private static final int REFUSED_RETRY_SECONDS = 10;

  private final int maxStreams;
  private final Duration heartbeat;
  private final Duration lifetime;
  private final Semaphore slots;
  private final ThreadPoolExecutor streams;
  private final Object lock = new Object();
  /** Guarded by {@link #lock}. */
  private BuildState latest;
  /** Guarded by {@link #lock}. */
  private boolean closed;

  BuildEvents(BuildState first) {
    this(first, MAX_STREAMS, HEARTBEAT, LIFETIME);
  }

  /** Tests make streams fewer and shorter-lived. */
  BuildEvents(BuildState first, int maxStreams, Duration heartbeat, Duration lifetime) {
    this.latest = first;
    this.maxStreams = maxStreams;
    this.heartbeat = heartbeat;
    this.lifetime = lifetime;
    this.slots = new Semaphore(maxStreams);
    // Threads are made as streams open and end when idle; the slots keep them to maxStreams.
    this.streams = new ThreadPoolExecutor(maxStreams, maxStreams, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        PreviewServer.daemon("attune-events"));
    this.streams.allowCoreThreadTimeOut(true);
  }

  /** Tells every open stream about {@code state}, a build that just finished. */
  void publish(BuildState state) {
    synchronized (lock) {
      latest = state;
      lock.notifyAll();
    }
  }

  /** Streams open now. */
  int open() {
    return maxStreams - slots.availablePermits();
  }

  /**
   * Answers a request for the stream, which has passed the {@link RequestGate}. Returns at once:
   * the stream is written on a thread of its own, which closes {@code exchange} when it ends.
   */
  void answer(HttpExchange exchange) throws IOException {
    if (exchange.getRequestMethod().equals("HEAD")) {
      try (exchange) {
        headers(exchange);
        exchange.sendResponseHeaders(200, -1);
      }
      return;
    }
    if (!slots.tryAcquire()) {
      refuse(exchange);
      return;
    }
    try {
      streams.execute(() -> stream(exchange));
    } catch (RejectedExecutionException e) {
      // Closed meanwhile: the preview is stopping.
      slots.release();
      exchange.close();
    }
  }

  private void refuse(HttpExchange exchange) throws IOException {
    try (exchange) {
      // live.js waits as long as Retry-After says: a browser gives up on a stream refused, so the script tries again.
      byte[] body = ("More than " + maxStreams + " pages are following the preview's builds; this page tries again"
          + " in " + REFUSED_RETRY_SECONDS + " seconds. Close some of them.\n").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("Retry-After", Integer.toString(REFUSED_RETRY_SECONDS));
      exchange.sendResponseHeaders(503, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void stream(HttpExchange exchange) {
    try (exchange) {
      headers(exchange);
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      long end = System.nanoTime() + lifetime.toNanos();
      BuildState first = latest();
      send(out, "retry: " + RETRY.toMillis() + "\n" + buildEvent(first));
      while (true) {
        long now = System.nanoTime();
        if (now - end >= 0) {
          send(out, "event: reconnect\ndata: open a new stream\n\n");
          return;
        }
        BuildState next = awaitNewer(first, Math.min(end - now, heartbeat.toNanos()));
        if (next == null) {
          return; // The preview is stopping: the stream ends cleanly, and the page tries again every RETRY.
        }
        if (next.generation() != first.generation()) {
          // The page reloads now, and opens a stream of its own. Ending this one frees its slot at
          // once; a connection its page has left is otherwise only noticed by a heartbeat.
          send(out, buildEvent(next));
          return;
        }
        if (System.nanoTime() - end < 0) {
          send(out, ": heartbeat\n\n");
        }
      }
    } catch (IOException e) {
      // The page went away; that is how most streams end.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      slots.release();
    }
  }

  private static void headers(HttpExchange exchange) {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
  }

  private static String buildEvent(BuildState state) {
    // BuildState's JSON has no line break in it (JSON escapes them), so it is one data line.
    return "event: build\ndata: " + state.toJson() + "\n\n";
  }

  /** One event in one write, flushed: the JDK sends it as one chunk, so it leaves at once. */
  private static void send(OutputStream out, String event) throws IOException {
    out.write(event.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private BuildState latest() {
    synchronized (lock) {
      return latest;
    }
  }

  /**
   * Waits up to {@code nanos} for a build other than {@code sent}; returns the latest build then
   * (still {@code sent} when none came), or null when the preview is stopping.
   */
  private BuildState awaitNewer(BuildState sent, long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    synchronized (lock) {
      while (!closed && latest.generation() == sent.generation()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return closed ? null : latest;
    }
  }

  /**
   * Ends every stream cleanly and waits briefly for them to finish, so that the preview stops at
   * once. A stream whose page does not read is cut off with the server's connections.
   */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    streams.shutdown();
    try {
      if (!streams.awaitTermination(1, TimeUnit.SECONDS)) {
        streams.shutdownNow();
      }
    } catch (InterruptedException e) {
      streams.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
