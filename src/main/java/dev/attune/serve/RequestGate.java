package dev.attune.serve;

import java.net.URI;
import java.util.List;

/**
 * What a request must pass before the site is looked at: an address that decodes cleanly, a
 * Host the preview is really reached by (see {@link HostCheck}), and a method that only reads.
 * Each refusal says why in a sentence, for whoever is looking at the answer.
 */
final class RequestGate {
  private final HostCheck hosts;

  RequestGate(HostCheck hosts) {
    this.hosts = hosts;
  }

  /** What the gate decided. */
  sealed interface Verdict {}

  /** @param path the decoded path the request asks for, starting with '/' */
  record Pass(String path) implements Verdict {}

  /** @param message a sentence or two of plain text saying why */
  record Refuse(int status, String message) implements Verdict {}

  /**
   * @param target the request target as the JDK parsed it
   * @param hostHeaders every value of the request's Host header; null when it has none
   */
  Verdict check(String method, URI target, List<String> hostHeaders) {
    RequestTarget.Parsed parsed = RequestTarget.parse(target);
    if (parsed instanceof RequestTarget.Malformed malformed) {
      return new Refuse(400, "Bad request: " + malformed.reason() + ".\n");
    }
    RequestTarget.Valid valid = (RequestTarget.Valid) parsed;
    // An absolute-form target (GET http://host/path) names the host itself; HTTP says to use it.
    String host;
    if (valid.authority().isPresent()) {
      host = valid.authority().get();
    } else if (hostHeaders == null || hostHeaders.size() != 1) {
      return new Refuse(400, "Bad request: a request must name its host in exactly one Host header.\n");
    } else {
      host = hostHeaders.get(0);
    }
    if (!hosts.allows(host)) {
      return new Refuse(421, "This preview answers only requests addressed to " + hosts.describe() + ".\n"
          + "A page that reaches it under another name may be a web site using DNS rebinding to read it, so such"
          + " requests are refused. Open the address that attune serve printed instead.\n");
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return new Refuse(405, "The preview only answers GET and HEAD.\n");
    }
    return new Pass(valid.path());
  }
}
