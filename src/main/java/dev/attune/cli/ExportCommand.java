package dev.attune.cli;

import dev.attune.pipeline.AssembledCourse;
import dev.attune.pipeline.BuildListener;
import dev.attune.pipeline.SiteBuilder;
import dev.attune.export.CourseQuizzes;
import dev.attune.export.GiftWriter;
import dev.attune.export.QuizJsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attune export}: the course's quizzes as Moodle GIFT or as JSON. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Exports every quiz of the course, lessons first, then pages.",
      "gift: Moodle's GIFT format, for Question bank > Import; json: the quiz model as documented in docs/export.md.",
      "If the course has errors, they are listed and nothing is exported."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune export --format gift --out moodle/quizzes.gift.txt",
      "  attune export --format json > quizzes.json",
      "  attune export --format json --content my-course/content --drafts",
      "",
      "Exit codes: 0 exported, 1 the course has errors, 2 wrong usage."
    })
final class ExportCommand implements Callable<Integer> {
  enum Format { GIFT, JSON }

  @Spec CommandSpec spec;
  @Mixin SourceOptions source;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "gift (Moodle) or json.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "The file to write, replaced if it exists; its folders are created (default: standard output).")
  String out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (out != null && Files.isDirectory(Path.of(out))) {
      throw new UsageProblem("'" + out + "' is a folder, not a file", "give a file name, e.g. --out " + SourceOptions.display(out) + "/quizzes." + extension());
    }
    AssembledCourse assembled = new SiteBuilder(BuildListener.SILENT).assemble(source.toBuildOptions(Path.of("site")));
    Report.diagnostics(assembled.diagnostics(), err);
    if (assembled.diagnostics().hasErrors()) {
      err.println("Export failed: " + Report.counts(assembled.diagnostics()) + ". Fix the errors above and run again.");
      return Cli.CONTENT_ERRORS;
    }
    CourseQuizzes quizzes = CourseQuizzes.of(assembled.course());
    if (quizzes.quizCount() == 0) {
      err.println("warning: the course has no quizzes");
    }
    String text = switch (format) {
      case GIFT -> GiftWriter.write(assembled.config(), assembled.course());
      case JSON -> QuizJsonWriter.write(assembled.config(), assembled.course());
    };
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return Cli.OK;
    }
    write(Path.of(out), text);
    stdout.println("Exported " + (quizzes.quizCount() == 1 ? "1 quiz" : quizzes.quizCount() + " quizzes")
        + " (" + Report.plural(quizzes.questionCount(), "question") + ") as " + format + " to " + out);
    return Cli.OK;
  }

  private String extension() {
    return format == Format.GIFT ? "gift.txt" : "json";
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageProblem("cannot write '" + SourceOptions.display(file.toString()) + "': " + e.getMessage(), "check that the folder is writable, or choose another --out");
    }
  }
}
