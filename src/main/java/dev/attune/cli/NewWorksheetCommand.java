package dev.attune.cli;

import dev.attune.scaffold.Scaffold;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune new worksheet}: a worksheet with a file of its own. */
@Command(
    name = "worksheet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Adds a worksheet with a file of its own.",
      "The file, worksheets/title.md, is numbered when the worksheets there are; its front matter shows every key with a comment, and two prompts give a start."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune new worksheet \"Weekly check-in\"",
      "  attune new worksheet \"Weekly check-in\" --content my-course/content",
      "",
      "Exit codes: 0 created, 2 wrong usage or a file in the way (nothing is written)."
    })
final class NewWorksheetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOption content;

  @Parameters(arity = "1..*", paramLabel = "TITLE", description = "The worksheet's title; the file is named after it.")
  List<String> title;

  @Override
  public Integer call() {
    Path file = NewCommand.orRefused(() -> Scaffold.worksheet(content.folder(), String.join(" ", title)));
    spec.commandLine().getOut().println("Created " + NewCommand.show(file) + ". Preview it on the Worksheets page with: attune serve" + content.repeated());
    return Cli.OK;
  }
}
