package dev.attune.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; it only lists the subcommands. */
@Command(
    name = "attune",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds an interactive course website from Markdown lessons.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune build                      build content/ into site/",
      "  attune build --drafts --out /tmp/preview",
      "  attune check                      report mistakes without writing anything",
      "  attune serve                      preview the course at http://localhost:8000/",
      "  attune export --format gift --out quizzes.txt   quizzes for Moodle",
      "  attune new course my-course       start a course; then, in my-course:",
      "  attune new lesson \"Active listening\"   a lesson after the last one",
      "",
      "Run 'attune COMMAND --help' for a command's options."
    })
final class AttuneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Cli.USAGE;
  }
}
