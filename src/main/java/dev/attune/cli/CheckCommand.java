package dev.attune.cli;

import dev.attune.pipeline.BuildResult;
import dev.attune.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      "  attune check --format json > diagnostics.json",
      "  attune check --format github --strict      (in a GitHub Actions step)",
      "",
      "Every problem has a code, e.g. [A0401], explained with its fix in docs/diagnostics.md.",
      "Exit codes: 0 no errors, 1 the course has errors (or warnings, with --strict), 2 wrong usage."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  /** How the diagnostics are printed. */
  enum Format { TEXT, JSON, GITHUB }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How to print what is found: text (for people, the default), json (one document on standard output, for editors and scripts; "
          + "schema in docs/check.schema.json) or github (annotations for GitHub Actions).")
  Format format;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too, not only on errors.")
  boolean strict;

  private final Console console;

  CheckCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    // A program reading the output wants the document and nothing else on the terminal.
    ProgressLine progress = new ProgressLine(err, format == Format.TEXT && console.showsProgress());
    BuildResult result;
    try {
      result = new SiteBuilder(progress).check(source.toBuildOptions(Path.of("site")));
    } finally {
      progress.clear();
    }
    boolean failed = !result.succeeded() || strict && result.diagnostics().warningCount() > 0;
    String summary = "Checked " + Report.plural(result.pages(), "page") + " in " + Report.seconds(System.nanoTime() - start)
        + ": " + Report.counts(result.diagnostics()) + (failed && result.succeeded() ? "; --strict fails on warnings." : ".");
    switch (format) {
      case JSON -> out.print(DiagnosticsJson.of(result.diagnostics(), result.pages(), failed));
      case GITHUB -> {
        result.diagnostics().sorted().forEach(d -> out.println(GithubAnnotations.of(d)));
        Report.dropped(result.diagnostics(), out);
        out.println(summary);
      }
      case TEXT -> {
        Report.diagnostics(result.diagnostics(), err);
        (failed ? err : out).println(summary);
      }
    }
    return failed ? Cli.CONTENT_ERRORS : Cli.OK;
  }
}
