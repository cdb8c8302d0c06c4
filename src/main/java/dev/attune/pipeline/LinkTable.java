package dev.attune.pipeline;

import dev.attune.diagnostics.Suggestions;
import dev.attune.model.Urls;
import dev.attune.parse.LinkTarget;
import dev.attune.parse.LinkTargets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every address a link in the course can lead to: the pages made from Markdown files (with their
 * heading anchors) and the copied assets. Authors link to source files ({@code 02-stuck.md},
 * {@code ../assets/cycle.svg}); this turns those into the built pages' relative addresses and
 * reports links that lead nowhere.
 */
final class LinkTable {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /** A page made from a Markdown file. */
  record Document(String url, Set<String> anchors) {}

  /** A file an address may name, and the address as read for it. */
  private record Candidate(String path, Address address) {}

  private final Map<String, Document> documents = new HashMap<>();
  private final Map<String, String> assets = new HashMap<>();
  private final Map<String, String> assetsByUrl = new HashMap<>();
  private final Set<String> unpublished;
  private final Set<String> unreadable;

  /**
   * @param unpublished content paths of draft files left out of this build
   * @param unreadable content paths of files that could not be read, already reported: links to
   *     them are left as they are, neither resolved nor reported again
   */
  LinkTable(Set<String> unpublished, Set<String> unreadable) {
    this.unpublished = unpublished;
    this.unreadable = unreadable;
  }

  void addDocument(String contentPath, String url, Set<String> anchors) {
    documents.put(contentPath, new Document(url, anchors));
  }

  void addAsset(String contentPath, String url) {
    assets.put(contentPath, url);
    assetsByUrl.put(url, contentPath);
  }

  /** The targets as seen from the source file {@code contentPath}, published at {@code pageUrl}. */
  LinkTargets from(String contentPath, String pageUrl) {
    return (href, image) -> resolve(contentPath, pageUrl, href.strip(), image);
  }

  /** The content path of the file that {@code href}, written in {@code contentPath}, leads to, if there is one. */
  Optional<String> fileOf(String contentPath, String href) {
    Address address = Address.of(href.strip());
    for (Candidate candidate : address.candidates()) {
      String target = resolvePath(folderOf(contentPath), candidate.path());
      if (target != null && isFile(target)) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  /**
   * The content path of the copied file that a browser loads for {@code href} on the page at
   * {@code pageUrl}, if there is one: raw HTML is published as written, so its addresses are
   * relative to the page rather than to the Markdown file.
   */
  Optional<String> assetAt(String pageUrl, String href) {
    for (Candidate candidate : Address.of(href.strip()).candidates()) {
      String url = resolvePath(folderOf(pageUrl), candidate.path());
      if (url != null && assetsByUrl.containsKey(url)) {
        return Optional.of(assetsByUrl.get(url));
      }
    }
    return Optional.empty();
  }

  /**
   * An address split into path, query and fragment. Authors may write a file's name as a URL
   * ({@code a%20b%231.svg}) or as it is ({@code <a b#1.svg>}); {@link #candidates} lists the
   * names it may mean, in the order they are tried.
   */
  private record Address(String href, String path, String query, String fragment) {
    static Address of(String href) {
      int hash = href.indexOf('#');
      String fragment = hash < 0 ? null : href.substring(hash + 1);
      String beforeHash = hash < 0 ? href : href.substring(0, hash);
      int question = beforeHash.indexOf('?');
      String query = question < 0 ? "" : beforeHash.substring(question);
      return new Address(href, question < 0 ? beforeHash : beforeHash.substring(0, question), query, fragment);
    }

    /**
     * The files this address may name: its path percent-decoded, then as written ({@code 50%.svg}),
     * then, when it has a '#' or '?', the whole address, for a file whose name has one ({@code a
     * b#1.svg}); each with the rest of the address that goes with it. Paths are in Unicode NFC,
     * the form the content folder's paths are in, so that a name typed in NFD finds its file.
     */
    List<Candidate> candidates() {
      Map<String, Candidate> named = new LinkedHashMap<>();
      for (String name : List.of(Urls.decode(path), path)) {
        named.putIfAbsent(nfc(name), new Candidate(nfc(name), this));
      }
      if (!href.equals(path)) {
        Address whole = new Address(href, href, "", null);
        for (String name : List.of(Urls.decode(href), href)) {
          named.putIfAbsent(nfc(name), new Candidate(nfc(name), whole));
        }
      }
      return List.copyOf(named.values());
    }

    /** The fragment as the id it names: percent-decoded, in NFC. */
    String id() {
      return fragment == null ? "" : nfc(Urls.decode(fragment));
    }
  }

  /** Whether {@code contentPath} is a file that could not be read. */
  boolean isUnreadable(String contentPath) {
    return unreadable.contains(contentPath);
  }

  private boolean isFile(String target) {
    return documents.containsKey(target) || assets.containsKey(target) || unpublished.contains(target) || unreadable.contains(target);
  }

  private LinkTarget resolve(String from, String pageUrl, String href, boolean image) {
    if (href.isEmpty()) {
      return new LinkTarget.Broken("the link has no address", "write the address between the parentheses: [text](address)");
    }
    if (SCHEME.matcher(href).find() || href.startsWith("//")) {
      boolean remote = href.startsWith("//") || href.regionMatches(true, 0, "http", 0, 4);
      if (image && remote) {
        return new LinkTarget.Broken("images must be part of the course; this one would be fetched from another site",
            "download it into the content folder (e.g. assets/) and link to it with a relative path");
      }
      // <https://example.org/a b> is a link in Markdown, but a space is not allowed in an address.
      return href.indexOf(' ') < 0 ? new LinkTarget.Keep() : new LinkTarget.Rewrite(href.replace(" ", "%20"));
    }
    if (href.startsWith("/")) {
      return new LinkTarget.Broken("'" + href + "' starts with '/', which breaks when the site is published under a sub-path",
          "write the path relative to this file, e.g. ../pages/glossary.md");
    }
    Address address = Address.of(href);
    if (address.path().isEmpty()) {
      return anchorOnly(from, address.id());
    }
    List<Candidate> candidates = address.candidates();
    String target = resolvePath(folderOf(from), candidates.get(0).path());
    if (target == null) {
      return new LinkTarget.Broken("'" + href + "' points outside the content folder", "link only to files inside the content folder");
    }
    for (Candidate candidate : candidates) {
      String file = resolvePath(folderOf(from), candidate.path());
      if (file != null && isFile(file)) {
        return target(from, pageUrl, file, candidate.address());
      }
    }
    return new LinkTarget.Broken("'" + address.path() + "' does not exist in the content folder", suggestion(from, target));
  }

  /** Where a link to the file {@code target} leads; the file is a page, an asset, a draft or a file that could not be read. */
  private LinkTarget target(String from, String pageUrl, String target, Address address) {
    if (unreadable.contains(target)) {
      return new LinkTarget.Keep();
    }
    Document document = documents.get(target);
    if (document != null) {
      String url = Urls.relative(pageUrl, document.url());
      String id = address.id();
      if (id.isEmpty()) {
        return new LinkTarget.Rewrite(url + address.query());
      }
      if (!document.anchors().contains(id)) {
        return new LinkTarget.Broken("'" + target + "' has no heading with the id '" + id + "'",
            Suggestions.didYouMean(id, document.anchors(), "its heading ids are"));
      }
      return new LinkTarget.Rewrite((url.equals("./") && target.equals(from) ? "" : url) + address.query() + "#" + Urls.encode(id));
    }
    String asset = assets.get(target);
    if (asset != null) {
      return new LinkTarget.Rewrite(Urls.relative(pageUrl, asset) + address.query() + (address.fragment() == null ? "" : "#" + address.fragment()));
    }
    return new LinkTarget.Broken("'" + address.path() + "' is a draft, which this build does not publish",
        "build with --drafts to preview it, or remove the link until it is published");
  }

  private LinkTarget anchorOnly(String from, String fragment) {
    // The address stays as written: a browser finds the id whether or not the fragment is percent-encoded.
    Document self = documents.get(from);
    if (fragment.isEmpty() || self == null || self.anchors().contains(fragment) || fragment.startsWith("fn")) {
      return new LinkTarget.Keep();
    }
    return new LinkTarget.Broken("this page has no heading with the id '" + fragment + "'",
        Suggestions.didYouMean(fragment, self.anchors(), "its heading ids are"));
  }

  private String suggestion(String from, String target) {
    List<String> candidates = (target.endsWith(".md") ? documents.keySet() : assets.keySet()).stream().sorted().toList();
    Optional<String> closest = Suggestions.closest(target, candidates);
    if (closest.isEmpty()) {
      closest = Suggestions.closest(name(target), candidates.stream().map(LinkTable::name).toList())
          .flatMap(n -> candidates.stream().filter(c -> name(c).equals(n)).findFirst());
    }
    if (closest.isPresent()) {
      return "did you mean '" + relativeTo(folderOf(from), closest.get()) + "'?";
    }
    return target.endsWith(".md")
        ? "link to the lesson or page's .md file, relative to this file"
        : "check the file name and that the file is in the content folder";
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String folderOf(String contentPath) {
    int slash = contentPath.lastIndexOf('/');
    return slash < 0 ? "" : contentPath.substring(0, slash);
  }

  /** {@code path} resolved against {@code folder}, or null when it climbs out of the content folder. */
  static String resolvePath(String folder, String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String part : (folder + "/" + path).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  private static String relativeTo(String folder, String contentPath) {
    return Path.of("/" + folder).relativize(Path.of("/" + contentPath)).toString().replace('\\', '/');
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
