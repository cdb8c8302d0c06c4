package dev.attune.cli;

/** The {@code attune} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new Cli(Console.detect()).run(args, System.out, System.err));
  }
}
