package dev.attune.cli;

import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attune check}: everything a build does except writing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks the course for mistakes (YAML, front matter, links, quizzes, templates) without writing anything.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune check",
      "  attune check --content my-course/content --drafts",
      "",
      "Exit codes: 0 no errors, 1 the course has errors, 2 wrong usage."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  private final Console console;

  CheckCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    ProgressLine progress = new ProgressLine(err, console.showsProgress());
    BuildResult result;
    try {
      result = new SiteBuilder(progress).check(source.toBuildOptions(Path.of("site")));
    } finally {
      progress.clear();
    }
    Report.diagnostics(result.diagnostics(), err);
    String summary = "Checked " + Report.plural(result.pages(), "page") + " in " + Report.seconds(System.nanoTime() - start)
        + ": " + Report.counts(result.diagnostics()) + ".";
    (result.succeeded() ? spec.commandLine().getOut() : err).println(summary);
    return Report.exitCode(result);
  }
}
