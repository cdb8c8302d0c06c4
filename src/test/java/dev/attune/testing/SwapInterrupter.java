package dev.attune.testing;

import dev.attune.write.HostFolders;
import dev.attune.write.OutputFile;
import dev.attune.write.OutputFolder;
import dev.attune.write.OutputGuard;
import dev.attune.write.OutputLock;
import dev.attune.write.SiteMarker;
import dev.attune.write.WriteListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Run in a process of its own by tests that kill a build: replaces a site with the files of
 * another and stops at a chosen step, printing "stopped" and waiting to be killed.
 *
 * <pre>
 *   SwapInterrupter replace CONTENT OUT FROM-SITE STEP   (STEP: written:N, STAGED, SET_ASIDE, PUBLISHED)
 *   SwapInterrupter lock LOCK-FILE                       (holds an output lock until killed)
 * </pre>
 */
public final class SwapInterrupter {
  private SwapInterrupter() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("lock")) {
      try (OutputLock lock = OutputLock.acquire(Path.of(args[1]), "'site'")) {
        stop();
      }
    }
    Path content = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Path from = Path.of(args[3]);
    String stopAt = args[4];
    List<OutputFile> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(SiteMarker.NAME)).sorted()
          .map(p -> OutputFile.copy(from.relativize(p).toString().replace('\\', '/'), p, "test")).toList();
    }
    OutputGuard guard = new OutputGuard(content, "content", Optional.empty(), "", HostFolders.current());
    try (OutputFolder folder = OutputFolder.claim(out, guard, false, note -> {})) {
      folder.replace(files, new WriteListener() {
        @Override
        public void written(int done, int total) {
          if (stopAt.equals("written:" + done)) {
            stop();
          }
        }

        @Override
        public void reached(Step step) {
          if (stopAt.equals(step.name())) {
            stop();
          }
        }
      });
    }
    System.out.println("finished without stopping");
  }

  private static void stop() {
    System.out.println("stopped");
    System.out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
