package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test's page following {@code /_attune/events}: a plain HttpClient whose stream is read on a
 * thread of its own, one message (the lines up to a blank one) at a time.
 */
final class EventStream implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One message of the stream: its lines, such as {@code event: build} or {@code : heartbeat}. */
  record Message(List<String> lines) {
    Optional<String> field(String name) {
      return lines.stream().filter(line -> line.startsWith(name + ": ")).map(line -> line.substring(name.length() + 2)).findFirst();
    }

    boolean isComment() {
      return lines.stream().allMatch(line -> line.startsWith(":"));
    }

    String event() {
      return field("event").orElse("message");
    }

    /** The data of a {@code build} event. */
    JsonNode build() {
      assertEquals("build", event(), lines.toString());
      try {
        return JSON.readTree(field("data").orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What the reading thread puts in the queue once the stream is over: how it ended. */
  private record End(Optional<IOException> failure) {}

  private final InputStream body;
  private final BlockingQueue<Object> read = new LinkedBlockingQueue<>();
  private final Thread reader;

  private EventStream(InputStream body) {
    this.body = body;
    this.reader = new Thread(this::readAll, "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the stream and checks that it is one: 200 and {@code text/event-stream}. */
  static EventStream open(int port) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = request(port);
    assertEquals(200, response.statusCode());
    assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    return new EventStream(response.body());
  }

  /** A request for the stream, answered as it is (a refusal, say). */
  static HttpResponse<InputStream> request(int port) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + BuildEvents.PATH))
        .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  private void readAll() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      List<String> message = new ArrayList<>();
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.isEmpty()) {
          read.add(new Message(List.copyOf(message)));
          message.clear();
        } else {
          message.add(line);
        }
      }
      read.add(new End(Optional.empty()));
    } catch (IOException e) {
      read.add(new End(Optional.of(e)));
    }
  }

  /** The next message; fails when none comes within {@code within} or the stream ends first. */
  Message next(Duration within) throws InterruptedException {
    Object item = read.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    if (item instanceof Message message) {
      return message;
    }
    throw new AssertionError(item == null ? "no message within " + within.toMillis() + " ms" : "the stream ended: " + item);
  }

  /** The next message that is not a comment. */
  Message nextEvent(Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      Message message = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (!message.isComment()) {
        return message;
      }
    }
  }

  /**
   * Waits for the stream to end, skipping what comes before; true when the server ended it
   * cleanly (the last chunk of its answer came), false when the connection broke off.
   */
  boolean ends(Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      Object item = read.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (item == null) {
        throw new AssertionError("the stream was still open after " + within.toMillis() + " ms");
      }
      if (item instanceof End end) {
        return end.failure().isEmpty();
      }
    }
  }

  /** Hangs up, as a closed page does. */
  @Override
  public void close() throws IOException {
    body.close();
  }
}
