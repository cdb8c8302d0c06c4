package dev.attune.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts Attune, or a test's own main class, in a JVM of its own, as a user or a crash would. */
public final class JavaProcess {
  private JavaProcess() {}

  /** What a finished process printed, and its exit code. */
  public record Run(int exit, String out, String err) {}

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs the built jar ({@code -Dattune.jar}, set by Maven) in {@code workingDir} and waits for it. */
  public static Run attune(Path workingDir, Map<String, String> environment, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar()));
    command.addAll(List.of(args));
    return finish(start(workingDir, environment, command));
  }

  /** Starts the jar without waiting, for tests that run two at once. */
  public static Process startAttune(Path workingDir, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
    command.addAll(List.of(args));
    return start(workingDir, Map.of(), command);
  }

  /** Starts {@code main} with this test run's class path. */
  public static Process startMain(Class<?> main, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return start(Path.of("").toAbsolutePath(), Map.of(), command);
  }

  /** The next line the process prints on standard output (it must print one within 60 s). */
  public static String nextLine(Process process) {
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = reader.readLine();
      if (line == null) {
        throw new AssertionError("the process ended without a line; it said: " + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the process as {@code kill -9} would: no shutdown hooks, no finally blocks. */
  public static void kill(Process process) {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the process did not die");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits for the process and collects what it printed. */
  public static Run finish(Process process) {
    try {
      // Read both streams at once, so that a full pipe never blocks the process.
      var err = new java.util.concurrent.CompletableFuture<String>();
      Thread reader = new Thread(() -> {
        try {
          err.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          err.completeExceptionally(e);
        }
      });
      reader.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the process ran for more than 2 minutes");
      }
      return new Run(process.exitValue(), out, err.get(30, TimeUnit.SECONDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String jar() {
    return Path.of(System.getProperty("attune.jar", "target/attune.jar")).toAbsolutePath().toString();
  }

  private static Process start(Path workingDir, Map<String, String> environment, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
    builder.environment().remove("CI");
    builder.environment().putAll(environment);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
