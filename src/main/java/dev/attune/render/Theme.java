package dev.attune.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The templates and static files (CSS, JavaScript, fonts) that give a site its look. The theme
 * built into Attune is always there; a course's own {@code templates/} folder overrides it one
 * file at a time, so an author can change the lesson template and keep everything else.
 */
public final class Theme {
  static final String BUILT_IN = "dev/attune/theme";
  static final String ASSETS = "assets";

  private final Optional<Path> overrides;
  private final String overridesDisplay;

  private Theme(Optional<Path> overrides, String overridesDisplay) {
    this.overrides = overrides;
    this.overridesDisplay = overridesDisplay;
  }

  /** Only the built-in theme. */
  public static Theme builtIn() {
    return new Theme(Optional.empty(), "");
  }

  /**
   * The built-in theme with the files in {@code folder} taking precedence.
   *
   * @param display how diagnostics name the folder, e.g. {@code templates}
   */
  public static Theme withOverrides(Path folder, String display) {
    return new Theme(Optional.of(folder), display);
  }

  TemplateLoader templateLoader() throws IOException {
    TemplateLoader builtIn = new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN);
    if (overrides.isEmpty()) {
      return builtIn;
    }
    return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.get().toFile()), builtIn});
  }

  /** How diagnostics name a template: its path in the course's folder, or as part of the built-in theme. */
  String describe(String templateName) {
    if (overrides.isPresent() && Files.isRegularFile(overrides.get().resolve(templateName))) {
      return overridesDisplay + "/" + templateName;
    }
    return "(built-in theme) " + templateName;
  }

  /**
   * Every file of the course's own templates folder by path, its bytes comparable by content: two
   * themes with equal maps render alike (the built-in part is fixed for a given Attune).
   */
  public Map<String, ByteBuffer> overrideFiles() throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (overrides.isPresent()) {
      readFolder(overrides.get(), files);
    }
    Map<String, ByteBuffer> contents = new TreeMap<>();
    files.forEach((path, bytes) -> contents.put(path, ByteBuffer.wrap(bytes).asReadOnlyBuffer()));
    return contents;
  }

  /** The theme's static files by path under {@code assets/}; a course's files win over built-in ones. */
  public SortedMap<String, byte[]> assets() throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    readBuiltIn(ASSETS, files, true);
    if (overrides.isPresent()) {
      readFolder(overrides.get().resolve(ASSETS), files);
    }
    return files;
  }

  /**
   * Every file of the built-in theme by path: its templates ({@code lesson.ftlh}) and static files
   * ({@code assets/css/attune.css}); for telling which files of a course's folder replace one.
   */
  public static SortedSet<String> builtInFiles() throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    readBuiltIn("", files, false);
    return new TreeSet<>(files.keySet());
  }

  /** The built-in theme's files under {@code folder} by path, with their bytes when {@code withBytes}. */
  private static void readBuiltIn(String folder, SortedMap<String, byte[]> files, boolean withBytes) throws IOException {
    URL url = Theme.class.getClassLoader().getResource(folder.isEmpty() ? BUILT_IN : BUILT_IN + "/" + folder);
    if (url == null) {
      return;
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("bad theme location " + url, e);
    }
    if ("jar".equals(uri.getScheme())) {
      // Inside the shaded jar: read through a zip file system opened just for this.
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        readFolder(jar.provider().getPath(uri), files, withBytes);
      }
    } else {
      readFolder(Path.of(uri), files, withBytes);
    }
  }

  private static void readFolder(Path folder, SortedMap<String, byte[]> files) throws IOException {
    readFolder(folder, files, true);
  }

  private static void readFolder(Path folder, SortedMap<String, byte[]> files, boolean withBytes) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        String relative = folder.relativize(path).toString().replace('\\', '/');
        if (!relative.startsWith(".") && !relative.contains("/.")) {
          files.put(relative, withBytes ? Files.readAllBytes(path) : new byte[0]);
        }
      }
    }
  }
}
