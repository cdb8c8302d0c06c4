package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.attune.pipeline.BuildOptions;
import dev.attune.testing.TestCourses;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusyPortTest {
  @TempDir Path dir;

  @Test
  void aBusyPortIsReportedBeforeTheCourseIsBuilt() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      PreviewServer server = new PreviewServer(BuildOptions.of(TestCourses.content("basic"), dir.resolve("preview")),
          new InetSocketAddress(InetAddress.getLoopbackAddress(), busy.getLocalPort()), line -> {}, Duration.ofMillis(100));
      assertThrows(BindException.class, server::start);
      assertEquals(0, server.state().generation(), "no build was made");
      server.close();
    }
  }
}
