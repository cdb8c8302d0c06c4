package dev.attune.serve;

import java.time.Duration;

/**
 * Time limits for the JDK's HTTP server, which reads them from its {@code sun.net.httpserver.*}
 * system properties once per JVM, when the first server is made (JDK 17 reads them but documents
 * them only from later releases on). By default it has none: a client that sends half a request
 * line holds a request thread until it hangs up, so a few such clients stall every request for as
 * long as they like.
 *
 * <p>With a request limit, the JDK closes a connection whose request has not fully arrived in
 * that time (its timer looks once a second), which frees the thread reading it. The limit is
 * counted from the request's first byte, so it includes any time the request waited for a free
 * thread: the preview keeps enough threads that honest requests do not wait.
 */
final class JdkServerLimits {
  /** A browser sends a whole request at once; ten seconds is generous even over a slow network. */
  static final Duration REQUEST = Duration.ofSeconds(10);
  /** From the end of the request to the last byte of the answer: a large PDF to a slow phone. */
  static final Duration RESPONSE = Duration.ofSeconds(60);

  private static final String REQUEST_PROPERTY = "sun.net.httpserver.maxReqTime";
  private static final String RESPONSE_PROPERTY = "sun.net.httpserver.maxRspTime";

  private JdkServerLimits() {}

  /**
   * Sets the limits unless the user set them (with {@code -D...}). Has an effect only before the
   * JVM's first HTTP server is made, which in {@code attune serve} is the preview's own.
   */
  static void apply() {
    setUnlessSet(REQUEST_PROPERTY, REQUEST);
    setUnlessSet(RESPONSE_PROPERTY, RESPONSE);
  }

  private static void setUnlessSet(String property, Duration limit) {
    if (System.getProperty(property) == null) {
      // Whole seconds: JDK 17 multiplies the value by 1000 (a value of 2 cuts a stalled request after about 2 s).
      System.setProperty(property, Long.toString(limit.toSeconds()));
    }
  }
}
