package dev.attune.cli;

import dev.attune.scaffold.ScaffoldRefused;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attune new}: lists its kinds; each kind is a command of its own. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Creates a course to start from, or a lesson, worksheet or page in a course.",
      "Each file comes from a template whose front matter shows every key with a comment; a file that exists already is never replaced."
    },
    synopsisSubcommandLabel = "KIND",
    commandListHeading = "%nKinds:%n",
    subcommands = {NewCourseCommand.class, NewLessonCommand.class, NewWorksheetCommand.class, NewPageCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune new course my-course              a small course that builds as it is",
      "  attune new lesson \"Active listening\"     lessons/03-active-listening.md",
      "  attune new lesson \"Repair\" --module practice",
      "  attune new worksheet \"Weekly check-in\"",
      "  attune new page \"Glossary\"",
      "",
      "Run 'attune new KIND --help' for a kind's options.",
      "Exit codes: 0 created, 2 wrong usage or a file in the way (nothing is written)."
    })
final class NewCommand implements Callable<Integer> {
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/+-]+");

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Cli.USAGE;
  }

  /** A step of {@code attune new} that may be refused. */
  interface Step<T> {
    T run() throws ScaffoldRefused;
  }

  /** Runs {@code step}; a refusal is a usage mistake (exit code 2) with its hint. */
  static <T> T orRefused(Step<T> step) {
    try {
      return step.run();
    } catch (ScaffoldRefused e) {
      throw new UsageProblem(e.getMessage(), e.hint());
    }
  }

  /** A path as messages show it. */
  static String show(Path path) {
    return SourceOptions.display(path.toString());
  }

  /** {@code text} as one word of a shell command, quoted when it needs to be. */
  static String shellWord(String text) {
    return SHELL_SAFE.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
