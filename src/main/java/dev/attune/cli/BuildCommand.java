package dev.attune.cli;

import dev.attune.pipeline.BuildOptions;
import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attune build}: content folder in, site folder out. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds the course into a static website.",
      "If the course has errors, they are all listed as path:line:col and the output folder is left unchanged."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune build                                  content/ -> site/",
      "  attune build --content my-course/content --out public",
      "  attune build --drafts --out /tmp/preview       include draft lessons",
      "  attune build --base-url https://example.org/empathy/",
      "  attune build --no-pdf                          skip the worksheet PDFs",
      "",
      "The output folder is replaced as a whole, so it must be new, empty or a site Attune built",
      "(each site holds a .attune-site file listing the files the build made). The build refuses a",
      "folder holding other files unless --force, and never uses the content or templates folder,",
      "a folder inside them or holding them, a home folder, the repository's root or /.",
      "",
      "Exit codes: 0 built, 1 the course has errors, 2 wrong usage or an output folder refused."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "Where to write the site; replaced as a whole (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--no-pdf", description = "Skip the printable worksheet PDFs (quicker previews).")
  boolean noPdf;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "The build cache, reused by later builds: made PDFs and each Markdown file's render (default: .SITE.attune-cache beside the output folder SITE).")
  String cache;

  @Option(names = "--force",
      description = "Replace the output folder even though it holds files Attune did not make, deleting them.")
  boolean force;

  private final Console console;

  BuildCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    BuildOptions options = source.toBuildOptions(Path.of(out), force, !noPdf, Optional.ofNullable(cache).map(Path::of));
    long start = System.nanoTime();
    ProgressLine progress = new ProgressLine(err, console.showsProgress());
    BuildResult result;
    try {
      result = new SiteBuilder(progress).build(options);
    } finally {
      progress.clear();
    }
    Report.diagnostics(result.diagnostics(), err);
    if (result.refusal().isPresent()) {
      throw new UsageProblem(result.refusal().get().message(), result.refusal().get().hint());
    }
    String outDisplay = SourceOptions.display(out);
    if (result.succeeded()) {
      stdout.println("Built " + Report.plural(result.pages(), "page") + (result.pdfs() > 0 ? ", " + Report.plural(result.pdfs(), "PDF") : "")
          + " and " + Report.plural(result.assets(), "file")
          + " into " + outDisplay + "/ in " + Report.seconds(System.nanoTime() - start)
          + (result.diagnostics().warningCount() > 0 ? " (" + Report.plural(result.diagnostics().warningCount(), "warning") + ")" : "")
          + result.markdown().filter(fresh -> fresh.rendered() < fresh.files())
              .map(fresh -> "; " + fresh.rendered() + " of " + Report.plural(fresh.files(), "Markdown file") + " changed since the last build")
              .orElse(""));
    } else {
      err.println("Build failed: " + Report.counts(result.diagnostics()) + ". " + outDisplay + "/ was not changed.");
      err.println("Fix the errors above and run the build again.");
    }
    return Report.exitCode(result);
  }
}
