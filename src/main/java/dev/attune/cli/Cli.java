package dev.attune.cli;

import dev.attune.diagnostics.BugReport;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs a command line and returns its exit code, without exiting, so tests can call it directly.
 * Exit codes: 0 success, 1 errors in the course, 2 a usage mistake, 70 a bug in Attune.
 */
public final class Cli {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL_ERROR = 70;

  private final Console console;

  Cli(Console console) {
    this.console = console;
  }

  /** A CLI that never shows progress, for tests and embedding. */
  public static Cli plain() {
    return new Cli(Console.PLAIN);
  }

  public int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine commandLine = commands();
    commandLine.setOut(outWriter);
    commandLine.setErr(errWriter);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof UsageProblem usage) {
        cmd.getErr().println("error: " + usage.getMessage());
        if (!usage.hint().isEmpty()) {
          cmd.getErr().println("  hint: " + usage.hint());
        }
        return USAGE;
      }
      return internalError(e, cmd.getErr());
    });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (Error e) {
      // picocli hands exceptions to the handler above but lets errors through: a stack overflow
      // or an assertion inside a build is as much a bug in Attune as an exception is.
      code = internalError(e, errWriter);
    }
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** Attune's commands and their options, ready to parse a command line (a test parses without running). */
  CommandLine commands() {
    CommandLine commandLine = new CommandLine(new AttuneCommand());
    commandLine.addSubcommand("build", new BuildCommand(console));
    commandLine.addSubcommand("check", new CheckCommand(console));
    commandLine.addSubcommand("serve", new ServeCommand());
    commandLine.addSubcommand("export", new ExportCommand());
    commandLine.addSubcommand("new", new NewCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /** A short report of a bug in Attune, instead of a stack trace a thousand lines long. */
  private static int internalError(Throwable e, PrintWriter err) {
    BugReport.lines(e).forEach(err::println);
    err.flush();
    return INTERNAL_ERROR;
  }
}
