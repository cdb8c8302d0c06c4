package dev.attune.cli;

import dev.attune.scaffold.Scaffold;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune new lesson}: a lesson numbered after the others, with a short quiz. */
@Command(
    name = "lesson",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Adds a lesson after the last one.",
      "The file, lessons/NN-title.md, is numbered after the lessons there; its front matter shows every key with a comment, and a callout and a short quiz give a start. In a course with modules, --module names the module it goes in."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune new lesson \"Active listening\"",
      "  attune new lesson \"Repair after a rupture\" --module practice",
      "  attune new lesson \"Listening\" --module 2 --content my-course/content",
      "",
      "Exit codes: 0 created, 2 wrong usage or a file in the way (nothing is written)."
    })
final class NewLessonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOption content;

  @Parameters(arity = "1..*", paramLabel = "TITLE", description = "The lesson's title; the file is named after it.")
  List<String> title;

  @Option(names = "--module", paramLabel = "M",
      description = "The module to put the lesson in: its name (practice), its folder's name (02-practice) or its number (2).")
  String module;

  @Override
  public Integer call() {
    Path file = NewCommand.orRefused(() -> Scaffold.lesson(content.folder(), String.join(" ", title), Optional.ofNullable(module)));
    spec.commandLine().getOut().println("Created " + NewCommand.show(file) + ". Preview it with: attune serve" + content.repeated());
    return Cli.OK;
  }
}
