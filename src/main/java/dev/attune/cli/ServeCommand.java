package dev.attune.cli;

import dev.attune.pipeline.BuildOptions;
import dev.attune.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attune serve}: a live preview for authors. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds the course and serves it at http://localhost:8000/ for previewing.",
      "Every time you save a file in the content or templates folder, the course is rebuilt and open pages reload.",
      "If a rebuild fails, the errors appear in the terminal and on the page, and the last good build stays up.",
      "The preview is held in memory and only what a change touches is built again; site/ is not touched.",
      "Worksheet PDFs are left out unless you pass --pdf."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune serve",
      "  attune serve --drafts --port 8080",
      "  attune serve --bind 0.0.0.0        let other devices on your network see the preview",
      "  attune serve --pdf                 also make the worksheet PDFs",
      "",
      "Press Ctrl+C to stop."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "The port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = {"The address to listen on (default: ${DEFAULT-VALUE}, this computer only).",
          "Another address shows the preview (drafts too, with --drafts) to other devices; attune serve warns when it does."})
  String bind;

  @Option(names = "--pdf", description = "Also make the worksheet PDFs (slower; left out by default).")
  boolean pdf;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new UsageProblem("--port must be from 0 to 65535, not " + port, "");
    }
    InetSocketAddress address = new InetSocketAddress(bind, port);
    if (address.isUnresolved()) {
      throw new UsageProblem("--bind: '" + bind + "' is not an address of this computer",
          "leave out --bind to preview on this computer only, or use --bind 0.0.0.0 to let other devices see it");
    }
    Path temp = Files.createTempDirectory("attune-preview");
    BuildOptions options = source.toBuildOptions(temp.resolve("site")).withPdf(pdf);
    PreviewServer server = new PreviewServer(options, address, line -> {
      err.println(line);
      err.flush();
    }, Duration.ofMillis(500));
    int actualPort;
    try {
      actualPort = server.start();
    } catch (BindException e) {
      PathUtils.deleteDirectory(temp);
      boolean ours = address.getAddress().isAnyLocalAddress() || address.getAddress().isLoopbackAddress()
          || NetworkInterface.getByInetAddress(address.getAddress()) != null;
      throw new UsageProblem("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")",
          ours ? "another program may be using the port; try --port " + (port + 1)
              : bind + " is not an address of this computer; leave out --bind to preview on this computer only");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        PathUtils.deleteDirectory(temp);
      } catch (IOException e) {
        // A temporary folder left behind is harmless.
      }
      stopped.countDown();
    }));
    exposureWarning(address.getAddress(), bind, actualPort, source.drafts).ifPresent(warning -> {
      err.println(warning);
      err.flush();
    });
    out.println("Previewing at " + url(address.getAddress(), bind, actualPort) + " (rebuilds when you save; Ctrl+C to stop)");
    out.flush();
    stopped.await();
    return Cli.OK;
  }

  /** The address to open on this computer: the preview only answers the names it is reached by. */
  static String url(InetAddress address, String bind, int port) {
    String host = address.isAnyLocalAddress() ? "localhost" : bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    return "http://" + host + ":" + port + "/";
  }

  /**
   * What a preview bound beyond this computer shows, and to whom; empty for a loopback address.
   * The preview has no password, so how far it reaches must be the author's conscious choice.
   */
  static Optional<String> exposureWarning(InetAddress address, String bind, int port, boolean drafts) {
    if (address.isLoopbackAddress()) {
      return Optional.empty();
    }
    boolean everywhere = address.isAnyLocalAddress();
    String who = everywhere ? "anyone on a network this computer is on" : "anyone on the network of " + bind;
    String what = drafts
        ? "every page of the course, draft lessons and pages included (--drafts is on)"
        : "every page of the course (not the drafts, which only --drafts adds)";
    String where = everywhere
        ? "http://<this computer's IP address>:" + port + "/ (by number: the preview refuses other names)"
        : url(address, bind, port);
    return Optional.of("warning: --bind " + bind + " shows the preview to other devices: " + who + " who can reach port "
        + port + " can see " + what + ", and the errors of a failed build with their file paths. The preview has no password."
        + "\n  hint: use it only on a network you trust; other devices open it at " + where
        + ". Leave out --bind to keep the preview on this computer.");
  }
}
