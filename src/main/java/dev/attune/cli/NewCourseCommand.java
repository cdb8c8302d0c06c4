package dev.attune.cli;

import dev.attune.scaffold.Scaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune new course}: a small course that builds without a warning, to start from. */
@Command(
    name = "course",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Makes a small course to start from, in a new or empty folder.",
      "DIR/content/ gets course.yml with every key shown and commented, a home page introduction, two lessons (one with a quiz), a worksheet and a glossary page. The course builds as it is, without a warning, and the other commands find it when run in DIR."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  attune new course my-course",
      "  attune new course listening --title \"Listening that goes both ways\"",
      "  attune new course .         in the empty folder you are in",
      "",
      "Exit codes: 0 created, 2 wrong usage or a folder in the way (nothing is written)."
    })
final class NewCourseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The course's folder, new or empty; the content goes in DIR/content.")
  String dir;

  @Option(names = "--title", paramLabel = "TITLE", description = "The course's title (default: made of the folder's name, my-course → My course).")
  String title;

  @Override
  public Integer call() {
    Path folder = Path.of(SourceOptions.display(dir));
    List<Path> files = NewCommand.orRefused(() -> Scaffold.course(folder, Optional.ofNullable(title)));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Created a course in " + NewCommand.show(folder.resolve(Scaffold.CONTENT)) + "/:");
    for (Path file : files) {
      out.println("  " + NewCommand.show(file));
    }
    boolean here = folder.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath());
    out.println("Preview it with: " + (here ? "" : "cd " + NewCommand.shellWord(NewCommand.show(folder)) + " && ") + "attune serve");
    out.println("Then add a lesson with: attune new lesson \"Title\"");
    return Cli.OK;
  }
}
