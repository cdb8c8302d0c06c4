package dev.attune.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostCheckTest {
  private static HostCheck bound(String address, int port) throws Exception {
    return HostCheck.forServer(new InetSocketAddress(InetAddress.getByName(address), port), address);
  }

  @Test
  void onLoopbackOnlyTheLoopbackNamesWithThePortAreAnswered() throws Exception {
    HostCheck check = bound("127.0.0.1", 8000);
    for (String host : new String[] {"localhost:8000", "LocalHost:8000", "127.0.0.1:8000", "[::1]:8000", "[0:0:0:0:0:0:0:1]:8000"}) {
      assertTrue(check.allows(host), host);
    }
    for (String host : new String[] {"evil.example:8000", "evil.example", "localhost", "127.0.0.1", "localhost:8001",
        "127.0.0.1:80", "localhost.evil.example:8000", "127.0.0.1.nip.io:8000", "localhost:8000@evil.example",
        "localhost:8000:8000", "[::1]", "::1:8000", "127.0.0.2:8000", "0.0.0.0:8000", "", " ", "localhost:", "[localhost]:8000"}) {
      assertFalse(check.allows(host), host);
    }
    assertEquals("localhost:8000, 127.0.0.1:8000, [::1]:8000", check.describe());
  }

  @Test
  void onPort80TheBrowserLeavesThePortOut() throws Exception {
    HostCheck check = bound("127.0.0.1", 80);
    assertTrue(check.allows("localhost"));
    assertTrue(check.allows("localhost:80"));
    assertFalse(check.allows("evil.example"));
  }

  @Test
  void boundElsewhereTheBoundAddressIsAnsweredToo() throws Exception {
    HostCheck check = bound("192.0.2.7", 8000);
    assertTrue(check.allows("192.0.2.7:8000"));
    assertTrue(check.allows("localhost:8000"));
    assertFalse(check.allows("192.0.2.8:8000"));
    assertFalse(check.allows("evil.example:8000"));
    assertEquals("localhost:8000, 127.0.0.1:8000, 192.0.2.7:8000, [::1]:8000", check.describe());
  }

  @Test
  void aNameGivenToBindIsAnsweredAsTyped() {
    HostCheck check = HostCheck.forServer(new InetSocketAddress("localhost", 8000), "preview.lan");
    assertTrue(check.allows("preview.lan:8000"));
    assertTrue(check.allows("PREVIEW.LAN:8000"));
    assertFalse(check.allows("other.lan:8000"));
  }

  @Test
  void boundEverywhereAnyAddressOfThisComputerIsAnsweredButNoName() throws Exception {
    HostCheck check = bound("0.0.0.0", 8000);
    Optional<InetAddress> own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
        .filter(address -> !address.isLoopbackAddress() && address.getAddress().length == 4)
        .findFirst();
    own.ifPresent(address -> assertTrue(check.allows(address.getHostAddress() + ":8000"), address.toString()));
    assertTrue(check.allows("127.0.0.1:8000"));
    assertTrue(check.allows("localhost:8000"));
    assertFalse(check.allows("192.0.2.254:8001"));
    assertFalse(check.allows("203.0.113.9:8000"), "an address of another computer");
    assertFalse(check.allows("evil.example:8000"));
    assertTrue(check.describe().endsWith(", or any other IP address of this computer with port 8000"), check.describe());
  }
}
