package dev.attune.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a folder may be replaced by a site, from real (link-resolved) paths, before
 * anything is written. A build replaces its output folder as a whole, so the folder must never be,
 * hold or lie inside the course's own sources, and must never be the file system's root, a home
 * folder, the repository's root or the folder the user works in. {@code --force} overrides none
 * of these: it only lets a build replace a folder of files Attune did not make (see
 * {@link SiteOwnership}).
 */
public final class OutputGuard {
  private static final String OWN_FOLDER_HINT =
      "the build replaces its output folder as a whole: give the site a folder of its own, e.g. --out site";

  private final List<Source> sources = new ArrayList<>();
  private final Path workingDir;
  private final List<Path> homes = new ArrayList<>();
  private final List<Path> homeRoots = new ArrayList<>();
  private final Set<Path> repositories = new LinkedHashSet<>();

  /** A folder of the course's sources, and how a message names it. */
  private record Source(Path real, String description) {}

  /**
   * @param content the course's content folder
   * @param templates the templates folder the build reads, if any
   */
  public OutputGuard(Path content, String contentDisplay, Optional<Path> templates, String templatesDisplay, HostFolders host)
      throws IOException {
    Path realContent = RealPath.of(content);
    sources.add(new Source(realContent, "the content folder '" + contentDisplay + "'"));
    if (templates.isPresent()) {
      sources.add(new Source(RealPath.of(templates.get()), "the templates folder '" + templatesDisplay + "'"));
    }
    workingDir = RealPath.of(host.workingDir());
    for (Path home : host.homes()) {
      homes.add(RealPath.of(home));
    }
    for (Path root : host.homeRoots()) {
      homeRoots.add(RealPath.of(root));
    }
    repositoryRoot(workingDir).ifPresent(repositories::add);
    repositoryRoot(realContent).ifPresent(repositories::add);
  }

  /** Returns the real folder that {@code out} names, or refuses it with the reason. */
  public Path check(Path out) throws OutputRefused, IOException {
    Path real = RealPath.of(out);
    String name = describe(out, real);
    if (real.getParent() == null) {
      throw refuse(name, "it is the root of the file system");
    }
    for (Source source : sources) {
      if (source.real().startsWith(real)) {
        throw refuse(name, (real.equals(source.real()) ? "it is " : "it holds ") + source.description());
      }
      if (real.startsWith(source.real())) {
        throw refuse(name, "it is inside " + source.description() + ", so the site would be mixed into the course's own files");
      }
    }
    for (Path home : homes) {
      if (home.startsWith(real)) {
        throw refuse(name, real.equals(home) ? "it is a home folder" : "it holds the home folder '" + home + "'");
      }
    }
    for (Path root : homeRoots) {
      if (root.startsWith(real)) {
        throw refuse(name, "it holds the home folders in '" + root + "'");
      }
      if (root.equals(real.getParent())) {
        throw refuse(name, "it is a home folder");
      }
    }
    for (Path repository : repositories) {
      if (repository.equals(real)) {
        throw refuse(name, "it is the root of the repository you are working in");
      }
    }
    if (workingDir.startsWith(real)) {
      throw refuse(name, real.equals(workingDir) ? "it is the folder you are working in" : "it holds the folder you are working in");
    }
    Path existing = real;
    while (!Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      String what = existing.equals(real) ? "it is" : "'" + existing + "' is";
      throw new OutputRefused("cannot build into " + name + ": " + what + " a file, not a folder", "choose another --out");
    }
    return real;
  }

  /** Refuses a PDF cache folder whose files would land among the course's sources or in the site. */
  public void checkCache(Path cache, Path realOut) throws OutputRefused, IOException {
    Path real = RealPath.of(cache);
    List<Source> forbidden = new ArrayList<>(sources);
    forbidden.add(new Source(realOut, "the output folder"));
    for (Source source : forbidden) {
      if (real.startsWith(source.real())) {
        throw new OutputRefused("refusing to keep the PDF cache in " + describe(cache, real) + ": it is inside " + source.description(),
            "give --cache a folder of its own, or leave it out to keep the cache beside the output folder");
      }
    }
  }

  private static OutputRefused refuse(String name, String reason) {
    return new OutputRefused("refusing to build into " + name + ": " + reason, OWN_FOLDER_HINT);
  }

  /**
   * The folder as typed, and where it really is when that is not plain from the typing: a link
   * on the way, or a '.' or '..' in it.
   */
  private static String describe(Path typed, Path real) {
    String text = "'" + typed + "'";
    boolean plain = typed.toAbsolutePath().normalize().equals(real);
    for (Path name : typed) {
      plain &= !name.toString().equals(".") && !name.toString().equals("..");
    }
    return plain ? text : text + " (which leads to '" + real + "')";
  }

  /** The nearest folder at or above {@code folder} that holds a Git or Mercurial repository. */
  private static Optional<Path> repositoryRoot(Path folder) {
    for (Path candidate = folder; candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve(".git")) || Files.exists(candidate.resolve(".hg"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
