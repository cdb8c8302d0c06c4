package dev.attune.serve;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which names a request may address the preview by. A web page on another site can make a
 * browser send requests to the preview by pointing its own DNS name at 127.0.0.1 ("DNS
 * rebinding"); the browser then treats the preview's answers as that site's and lets the page's
 * script read them. The browser still says which name it used, in the Host header, so only the
 * names the preview is really reached by are answered: {@code localhost}, {@code 127.0.0.1} and
 * {@code [::1]}; the address it was bound to (as typed and as an address); and when bound to every
 * interface (0.0.0.0), any IP address of this computer. Always with the port it listens on.
 */
final class HostCheck {
  /** {@code name} or {@code name:port}, where name is a bracketed IPv6 address or has no ':'. */
  private static final Pattern HOST = Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[^:\\[\\]]+)(?::([0-9]{1,5}))?");
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");

  private final Set<String> names;
  private final Set<InetAddress> addresses;
  private final boolean anyAddressOfThisComputer;
  private final int port;

  private HostCheck(Set<String> names, Set<InetAddress> addresses, boolean anyAddressOfThisComputer, int port) {
    this.names = Set.copyOf(names);
    this.addresses = Set.copyOf(addresses);
    this.anyAddressOfThisComputer = anyAddressOfThisComputer;
    this.port = port;
  }

  /**
   * @param bound the address the server listens on, with its real port
   * @param typedName the address as given to {@code --bind} (a name is allowed as typed)
   */
  static HostCheck forServer(InetSocketAddress bound, String typedName) {
    Set<String> names = new HashSet<>(Set.of("localhost"));
    Set<InetAddress> addresses = new HashSet<>(Set.of(literal("127.0.0.1").orElseThrow(), literal("[::1]").orElseThrow()));
    InetAddress address = bound.getAddress();
    boolean any = address == null || address.isAnyLocalAddress();
    if (!any) {
      addresses.add(address);
      if (!typedName.isBlank() && !typedName.contains(":") && !IPV4.matcher(typedName).matches()) {
        names.add(typedName.toLowerCase(Locale.ROOT));
      }
    }
    return new HostCheck(names, addresses, any, bound.getPort());
  }

  /** Whether a request whose Host header (or absolute-form authority) is {@code host} is answered. */
  boolean allows(String host) {
    Matcher matcher = HOST.matcher(host.trim());
    if (!matcher.matches()) {
      return false;
    }
    // Browsers leave the port out only when it is the default one.
    int sentPort = matcher.group(2) == null ? 80 : Integer.parseInt(matcher.group(2));
    if (sentPort != port) {
      return false;
    }
    String name = matcher.group(1);
    Optional<InetAddress> literal = literal(name);
    if (literal.isEmpty()) {
      return names.contains(name.toLowerCase(Locale.ROOT));
    }
    return addresses.contains(literal.get()) || anyAddressOfThisComputer && isOfThisComputer(literal.get());
  }

  /** The names requests may use, for a refusal to list. */
  String describe() {
    String list = names.stream().sorted().map(name -> name + ":" + port).collect(Collectors.joining(", "))
        + ", " + addresses.stream().map(HostCheck::text).sorted().map(name -> name + ":" + port).collect(Collectors.joining(", "));
    return anyAddressOfThisComputer ? list + ", or any other IP address of this computer with port " + port : list;
  }

  private static String text(InetAddress address) {
    String text = address.getHostAddress();
    return address instanceof Inet6Address ? "[" + (address.isLoopbackAddress() ? "::1" : text) + "]" : text;
  }

  /**
   * {@code name} as an address when it is an IP literal ({@code 1.2.3.4} or {@code [::1]}). Names
   * are never looked up: a DNS lookup would ask the very server a rebinding attack controls.
   */
  private static Optional<InetAddress> literal(String name) {
    boolean ipv6 = name.startsWith("[") && name.endsWith("]");
    if (!ipv6 && !IPV4.matcher(name).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(name));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isOfThisComputer(InetAddress address) {
    try {
      return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
    } catch (IOException e) {
      return false;
    }
  }
}
