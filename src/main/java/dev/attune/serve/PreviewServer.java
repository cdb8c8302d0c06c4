package dev.attune.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.attune.pipeline.BuildListener;
import dev.attune.pipeline.BuildOptions;
import dev.attune.pipeline.BuildMemory;
import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.MemorySite;
import dev.attune.pipeline.SiteBuilder;
import dev.attune.diagnostics.BugReport;
import dev.attune.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A local preview of a course: builds it, serves the result over HTTP, rebuilds whenever a
 * source file changes, and tells open pages the moment a rebuild finishes so that they reload
 * (see {@link BuildEvents}). When a rebuild fails, the last good site stays up and every page
 * shows the errors until they are fixed.
 *
 * <p>Each build is held in memory and replaces the previous one in a single step, so a request
 * never sees half of one; a rebuild renders only what the change touched (see {@link BuildMemory}).
 */
public final class PreviewServer implements AutoCloseable {
  /** The latest build as JSON, for scripts and tests that ask; pages are told by {@link #EVENTS_PATH}. */
  static final String STATUS_PATH = "/_attune/status";
  static final String SCRIPT_PATH = PreviewPage.SCRIPT_PATH;
  static final String EVENTS_PATH = BuildEvents.PATH;
  /** Connections the system may hold for the server before it accepts them (the JDK's default is 50). */
  private static final int BACKLOG = 256;
  /**
   * Requests read and answered at once (threads are made as needed and end when idle). A browser
   * opens six connections to a host; the rest are spare because the JDK reads each request on one
   * of these threads, so a client that stalls mid-request holds one until {@link
   * JdkServerLimits#REQUEST} cuts it off. When more clients than this stall at once, requests
   * that arrive meanwhile wait and are cut off with them; after that limit the preview answers again.
   * Event streams, which stay open, are handed to {@link BuildEvents} and hold none of these.
   */
  private static final int REQUEST_THREADS = 128;

  private final BuildOptions options;
  private final InetSocketAddress address;
  private final Consumer<String> log;
  private final Duration scanInterval;
  private final SiteBuilder builder;
  private final BuildMemory memory = new BuildMemory();
  private final byte[] script;
  private volatile BuildState state = BuildState.none();
  private volatile MemorySite site;
  /** The folder the latest build looked for template overrides in (course.yml may name another one at any save). */
  private volatile Optional<Path> themeFolder = Optional.empty();
  private HttpServer server;
  private RequestGate gate;
  private BuildEvents events;
  private ExecutorService requests;
  private ExecutorService watching;
  private SourceWatcher watcher;

  /**
   * @param options what to build; only the PDF cache (when PDFs are asked for) is written to disk
   * @param log receives one line per rebuild, for the terminal
   * @param scanInterval how often the sources are also scanned for changes that file events missed
   */
  public PreviewServer(BuildOptions options, InetSocketAddress address, Consumer<String> log, Duration scanInterval) {
    this(options, address, log, scanInterval, BuildListener.SILENT);
  }

  /** @param listener hears every build's progress (tests make a rebuild fail through it) */
  PreviewServer(BuildOptions options, InetSocketAddress address, Consumer<String> log, Duration scanInterval, BuildListener listener) {
    this.builder = new SiteBuilder(listener);
    this.options = options;
    this.address = address;
    this.log = log;
    this.scanInterval = scanInterval;
    try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
      this.script = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("live.js is missing from the jar", e);
    }
  }

  /** Builds once, starts serving and watching; returns the port (useful when asked for port 0). */
  public int start() throws IOException {
    // The port is claimed before the first build, so a busy one is reported at once rather
    // than after building the whole course; pages asked for meanwhile wait for the build.
    JdkServerLimits.apply();
    server = HttpServer.create(address, BACKLOG);
    gate = new RequestGate(HostCheck.forServer(server.getAddress(), address.getHostString()));
    ThreadPoolExecutor pool = new ThreadPoolExecutor(REQUEST_THREADS, REQUEST_THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemon("attune-serve"));
    pool.allowCoreThreadTimeOut(true);
    requests = pool;
    events = new BuildEvents(state);
    server.setExecutor(requests);
    server.createContext("/", this::handle);
    rebuild();
    server.start();
    watcher = new SourceWatcher(sources(), scanInterval);
    watching = Executors.newSingleThreadExecutor(daemon("attune-watch"));
    watching.execute(this::watch);
    return server.getAddress().getPort();
  }

  /** The folders whose changes trigger a rebuild: the content folder, and the override folder whether it is made yet or not. */
  private List<Path> sources() {
    List<Path> sources = new ArrayList<>();
    sources.add(options.content());
    themeFolder.ifPresent(sources::add);
    return sources;
  }

  /** Rebuilds after each change until closed; nothing a rebuild throws ends the loop. */
  private void watch() {
    warmUp();
    while (true) {
      try {
        if (!watcher.awaitChange()) {
          return;
        }
        rebuild();
        watcher.watch(sources());
        watcher.settled();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Throwable e) {
        // rebuild() reports its own failures, so this is the watcher failing: a bug as well, told
        // once per try, and tried again after a pause rather than in a tight loop.
        log.accept(BugReport.text(e));
        try {
          Thread.sleep(scanInterval.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** The state of the latest build. */
  public BuildState state() {
    return state;
  }

  /** Whether the latest build failed. */
  public boolean failing() {
    return state.failed();
  }

  /** How many pages are following the builds right now. */
  int eventStreams() {
    return events.open();
  }

  /**
   * A few builds of the unchanged course, thrown away: the JIT compiles the path that a rebuild
   * after an edit takes, so that the first edit shows as fast as the tenth. An edit made meanwhile
   * waits for at most about two seconds.
   */
  private synchronized void warmUp() {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    for (int i = 0; i < 4 && System.nanoTime() < deadline; i++) {
      try {
        builder.preview(options, memory);
      } catch (Throwable e) {
        return; // rebuild() reports it on the first edit
      }
    }
  }

  private synchronized void rebuild() {
    long start = System.nanoTime();
    BuildResult result;
    try {
      SiteBuilder.Preview preview = builder.preview(options, memory);
      result = preview.result();
      preview.site().ifPresent(built -> site = built);
      themeFolder = preview.themeFolder();
    } catch (Throwable e) {
      // A bug, even a stack overflow, must not stop the preview: it is shown like a build error,
      // the last good build stays up, and the next save rebuilds.
      String report = BugReport.text(e);
      publish(state.next(report));
      log.accept(report);
      log.accept("Build failed: the preview shows the last good build; the next save builds again.");
      return;
    }
    String diagnostics = result.refusal()
        .map(refusal -> "error: " + refusal.message() + "\n  hint: " + refusal.hint())
        .orElseGet(() -> result.diagnostics().sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    if (result.succeeded()) {
      publish(state.next(""));
      if (!diagnostics.isEmpty()) {
        log.accept(diagnostics);
      }
      BuildMemory.Work work = memory.lastWork();
      log.accept(String.format(Locale.ROOT, "Built %d pages in %.2f s (%d of %d pages and %d of %d Markdown files done afresh)",
          result.pages(), (System.nanoTime() - start) / 1e9, work.pagesRendered(), work.pages(), work.documentsRendered(), work.documents()));
    } else {
      publish(state.next(diagnostics));
      log.accept(diagnostics);
      log.accept("Build failed: the preview shows the last good build until the errors above are fixed.");
    }
  }

  /**
   * Makes {@code next} the latest build and tells open pages, before the terminal hears of it: a
   * page is told first because its reload is what the author waits for.
   */
  private void publish(BuildState next) {
    state = next;
    events.publish(next);
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean streaming = false;
    // The exchange is closed after the catches: closing it before its answer is sent hangs up without one.
    try {
      RequestGate.Verdict verdict = gate.check(exchange.getRequestMethod(), exchange.getRequestURI(),
          exchange.getRequestHeaders().get("Host"));
      if (verdict instanceof RequestGate.Pass pass && pass.path().equals(EVENTS_PATH)) {
        // The stream outlives this call, on a thread of its own that closes the exchange.
        streaming = true;
        events.answer(exchange);
      } else {
        answer(exchange, verdict);
      }
    } catch (UncheckedIOException e) {
      // A course file vanished since the build; the next rebuild will say what happened.
      send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      // A bug must not hang up on the browser without a word, nor stop the preview.
      log.accept("Internal error while answering a request: " + e);
      send(exchange, 500, "text/plain; charset=utf-8", "internal error; see the terminal".getBytes(StandardCharsets.UTF_8));
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  private void answer(HttpExchange exchange, RequestGate.Verdict verdict) throws IOException {
    if (verdict instanceof RequestGate.Refuse refuse) {
      if (refuse.status() == 405) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      }
      send(exchange, refuse.status(), "text/plain; charset=utf-8", refuse.message().getBytes(StandardCharsets.UTF_8));
      return;
    }
    String path = ((RequestGate.Pass) verdict).path();
    // The build is read before the site: a rebuild replaces the site first, so a page is never
    // served with a later generation than its content, which would keep it from reloading.
    BuildState shown = state;
    if (path.equals(STATUS_PATH)) {
      send(exchange, 200, "application/json", shown.toJson().getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (path.equals(SCRIPT_PATH)) {
      send(exchange, 200, "text/javascript; charset=utf-8", script);
      return;
    }
    MemorySite current = site;
    if (current == null) {
      send(exchange, 503, "text/html; charset=utf-8", PreviewPage.waiting(shown).getBytes(StandardCharsets.UTF_8));
      return;
    }
    SitePaths.Answer answer = SitePaths.resolve(current, path);
    if (answer instanceof SitePaths.Redirect redirect) {
      exchange.getResponseHeaders().set("Location", redirect.location());
      send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
    } else if (answer instanceof SitePaths.Found found) {
      sendFile(exchange, 200, found.path(), found.file(), shown);
    } else {
      Optional<MemorySite.File> notFound = current.get("404.html");
      if (notFound.isPresent()) {
        sendFile(exchange, 404, "404.html", notFound.get(), shown);
      } else {
        send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static void sendFile(HttpExchange exchange, int status, String path, MemorySite.File file, BuildState shown)
      throws IOException {
    byte[] bytes = file.bytes();
    if (bytes == null) {
      try {
        bytes = Files.readAllBytes(file.source());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String type = SitePaths.contentType(path);
    if (type.startsWith("text/html")) {
      bytes = PreviewPage.of(new String(bytes, StandardCharsets.UTF_8), shown).getBytes(StandardCharsets.UTF_8);
    }
    send(exchange, status, type, bytes);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    if (watching != null) {
      watching.shutdownNow();
    }
    if (events != null) {
      events.close();
    }
    if (server != null) {
      server.stop(0);
    }
    if (requests != null) {
      requests.shutdownNow();
    }
  }
}
