package dev.attune.cli;

import dev.attune.pipeline.BuildOptions;
import dev.attune.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
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
    Path temp = Files.createTempDirectory("attune-preview");
    BuildOptions options = source.toBuildOptions(temp.resolve("site")).withPdf(pdf);
    PreviewServer server = new PreviewServer(options, new InetSocketAddress(bind, port), line -> {
      err.println(line);
      err.flush();
    }, Duration.ofMillis(500));
    int actualPort;
    try {
      actualPort = server.start();
    } catch (BindException e) {
      PathUtils.deleteDirectory(temp);
      throw new UsageProblem("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")",
          "another program may be using the port; try --port " + (port + 1));
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
    String host = bind.equals("0.0.0.0") ? "localhost" : bind;
    out.println("Previewing at http://" + host + ":" + actualPort + "/ (rebuilds when you save; Ctrl+C to stop)");
    out.flush();
    stopped.await();
    return Cli.OK;
  }
}
