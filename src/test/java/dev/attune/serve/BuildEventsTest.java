package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.attune.testing.RawHttp;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event stream on its own, with few streams and short times, served by a bare JDK server. */
class BuildEventsTest {
  private static final Duration HEARTBEAT = Duration.ofMillis(300);
  private static final Duration LIFETIME = Duration.ofMillis(1500);
  private static final Duration WITHIN = Duration.ofSeconds(5);

  private HttpServer server;
  private ExecutorService requests;
  private BuildEvents events;
  private BuildState latest = BuildState.none().next("");
  private int port;

  @BeforeEach
  void start() throws Exception {
    events = new BuildEvents(latest, 2, HEARTBEAT, LIFETIME);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    requests = Executors.newFixedThreadPool(2);
    server.setExecutor(requests);
    server.createContext("/", events::answer);
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    events.close();
    server.stop(0);
    requests.shutdownNow();
  }

  /** Waits for the streams to be {@code count}: a stream's slot comes free just after its page sees it end. */
  private void awaitOpen(int count) throws InterruptedException {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (events.open() != count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(count, events.open());
  }

  private void publish(String errors) {
    latest = latest.next(errors);
    events.publish(latest);
  }

  @Test
  void aStreamStartsWithTheLatestBuildAndEndsOnceItHasToldOfTheNext() throws Exception {
    publish("");
    try (EventStream stream = EventStream.open(port)) {
      EventStream.Message first = stream.next(WITHIN);
      assertEquals("2000", first.field("retry").orElseThrow(), "the browser retries every 2 s when the stream breaks");
      assertEquals(2, first.build().get("generation").asInt());
      assertFalse(first.build().get("failed").asBoolean());

      publish("a.md:1:1: error: broken");
      JsonNode failed = stream.nextEvent(WITHIN).build();
      assertEquals(3, failed.get("generation").asInt());
      assertTrue(failed.get("failed").asBoolean());
      assertEquals("a.md:1:1: error: broken", failed.get("errors").asText());
      assertTrue(stream.ends(WITHIN), "its page reloads, so the stream ends cleanly");
    }
    awaitOpen(0);
    try (EventStream reloaded = EventStream.open(port)) {
      assertEquals(3, reloaded.next(WITHIN).build().get("generation").asInt());
      publish("");
      assertEquals(4, reloaded.nextEvent(WITHIN).build().get("generation").asInt());
    }
  }

  @Test
  void aQuietStreamHasHeartbeatsAndEndsBeforeTheTimeLimitAskingThePageToReconnect() throws Exception {
    try (EventStream stream = EventStream.open(port)) {
      stream.next(WITHIN);
      long start = System.nanoTime();
      EventStream.Message heartbeat = stream.next(WITHIN);
      assertTrue(heartbeat.isComment(), heartbeat.toString());
      assertEquals(List.of(": heartbeat"), heartbeat.lines());
      EventStream.Message last = stream.nextEvent(WITHIN);
      assertEquals("reconnect", last.event(), last.toString());
      assertTrue(stream.ends(WITHIN), "the stream ends cleanly");
      long took = (System.nanoTime() - start) / 1_000_000;
      assertTrue(took < LIFETIME.toMillis() + 1000, "ended after " + took + " ms");
    }
    awaitOpen(0);
  }

  @Test
  void streamsBeyondTheCapAreRefusedAndAPageThatWentAwayGivesItsSlotBack() throws Exception {
    List<EventStream> open = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        open.add(EventStream.open(port));
        open.get(i).next(WITHIN);
      }
      assertEquals(2, events.open());
      HttpResponse<InputStream> refused = EventStream.request(port);
      assertEquals(503, refused.statusCode());
      assertEquals("10", refused.headers().firstValue("Retry-After").orElse(""));
      String body;
      try (InputStream in = refused.body()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertTrue(body.startsWith("More than 2 pages are following the preview's builds"), body);

      // The server learns that a page went away when a heartbeat cannot be written.
      open.remove(0).close();
      awaitOpen(1);
      open.add(EventStream.open(port));
    } finally {
      for (EventStream stream : open) {
        stream.close();
      }
    }
  }

  @Test
  void closingEndsEveryStreamCleanlyAndAtOnce() throws Exception {
    try (EventStream one = EventStream.open(port); EventStream two = EventStream.open(port)) {
      one.next(WITHIN);
      two.next(WITHIN);
      long start = System.nanoTime();
      events.close();
      long took = (System.nanoTime() - start) / 1_000_000;
      assertTrue(took < 500, "closing took " + took + " ms");
      assertTrue(one.ends(Duration.ofSeconds(1)), "the first stream ends cleanly");
      assertTrue(two.ends(Duration.ofSeconds(1)), "the second stream ends cleanly");
      awaitOpen(0);
    }
  }

  @Test
  void headGetsTheHeadersOnly() throws Exception {
    RawHttp.Response response = RawHttp.send(port, "HEAD " + BuildEvents.PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nConnection: close\r\n\r\n");
    assertEquals(200, response.status());
    assertEquals("text/event-stream; charset=utf-8", response.header("Content-Type").orElseThrow());
    assertEquals("", response.body());
    assertEquals(0, events.open());
  }
}
