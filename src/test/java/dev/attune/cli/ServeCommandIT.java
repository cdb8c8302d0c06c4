package dev.attune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.JavaProcess;
import dev.attune.testing.RawHttp;
import dev.attune.testing.TestCourses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune serve --bind 0.0.0.0} as a user runs it: it says what it exposes, and to which names it answers. */
class ServeCommandIT {
  @TempDir Path dir;

  @Test
  void boundToEveryInterfaceItWarnsAndAnswersThisComputersAddressesOnly() throws Exception {
    Path content = TestCourses.copy(TestCourses.content("basic"), dir);
    Process attune = JavaProcess.startAttune(dir, "serve", "--content", content.toString(), "--port", "0", "--bind", "0.0.0.0", "--drafts");
    try {
      String first = JavaProcess.nextLine(attune);
      Matcher previewing = Pattern.compile("Previewing at http://localhost:(\\d+)/ ").matcher(first);
      assertTrue(previewing.lookingAt(), first);
      int port = Integer.parseInt(previewing.group(1));
      BufferedReader err = new BufferedReader(new InputStreamReader(attune.getErrorStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = err.readLine();
      } while (line != null && !line.startsWith("warning: "));
      assertEquals("warning: --bind 0.0.0.0 shows the preview to other devices: anyone on a network this computer is on who can"
          + " reach port " + port + " can see every page of the course, draft lessons and pages included (--drafts is on), and"
          + " the errors of a failed build with their file paths. The preview has no password.", line);
      assertTrue(err.readLine().startsWith("  hint: use it only on a network you trust;"));

      assertEquals(200, RawHttp.get(port, "/lessons/later/", "localhost:" + port).status(), "the draft is served");
      Optional<InetAddress> own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
          .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
          .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
          .findFirst();
      if (own.isPresent()) {
        assertEquals(200, RawHttp.get(port, "/", own.get().getHostAddress() + ":" + port).status(), own.get().toString());
      }
      assertEquals(421, RawHttp.get(port, "/", "evil.example:" + port).status());
      assertEquals(421, RawHttp.get(port, "/", "203.0.113.9:" + port).status(), "an address of another computer");
    } finally {
      attune.destroy();
      if (!attune.waitFor(30, TimeUnit.SECONDS)) {
        JavaProcess.kill(attune);
      }
    }
  }
}
