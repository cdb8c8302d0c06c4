package dev.attune.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folders of the machine a build runs on that no site may replace: the folder the user is
 * working in, and people's home folders.
 *
 * @param workingDir the current folder
 * @param homes home folders: the user's own and every account's the system lists
 * @param homeRoots folders whose every child is someone's home ({@code /home}, {@code /Users})
 */
public record HostFolders(Path workingDir, List<Path> homes, List<Path> homeRoots) {
  public HostFolders {
    homes = List.copyOf(homes);
    homeRoots = List.copyOf(homeRoots);
  }

  /** The folders of this machine and this process. */
  public static HostFolders current() {
    List<Path> homes = new ArrayList<>();
    Optional.ofNullable(System.getProperty("user.home")).ifPresent(home -> homes.add(Path.of(home)));
    Optional.ofNullable(System.getenv("HOME")).filter(home -> !home.isEmpty()).ifPresent(home -> homes.add(Path.of(home)));
    homes.addAll(passwdHomes(Path.of("/etc/passwd")));
    return new HostFolders(Path.of("").toAbsolutePath(), homes, List.of(Path.of("/home"), Path.of("/Users")));
  }

  /** The sixth field of each account in a passwd file; none when it cannot be read. */
  static List<Path> passwdHomes(Path passwd) {
    if (!Files.isReadable(passwd)) {
      return List.of();
    }
    try {
      List<Path> homes = new ArrayList<>();
      for (String line : Files.readAllLines(passwd)) {
        String[] fields = line.split(":", -1);
        if (fields.length >= 7 && fields[5].startsWith("/")) {
          homes.add(Path.of(fields[5]));
        }
      }
      return homes;
    } catch (IOException | RuntimeException e) {
      // An unreadable or odd passwd file leaves only the user's own home protected.
      return List.of();
    }
  }
}
