package dev.attune.pipeline;

import dev.attune.diagnostics.Suggestions;
import dev.attune.model.Urls;
import dev.attune.parse.LinkTarget;
import dev.attune.parse.LinkTargets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
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

  private final Map<String, Document> documents = new HashMap<>();
  private final Map<String, String> assets = new HashMap<>();
  private final Set<String> unpublished;

  /** @param unpublished content paths of draft files left out of this build */
  LinkTable(Set<String> unpublished) {
    this.unpublished = unpublished;
  }

  void addDocument(String contentPath, String url, Set<String> anchors) {
    documents.put(contentPath, new Document(url, anchors));
  }

  void addAsset(String contentPath, String url) {
    assets.put(contentPath, url);
  }

  /** The targets as seen from the source file {@code contentPath}, published at {@code pageUrl}. */
  LinkTargets from(String contentPath, String pageUrl) {
    return (href, image) -> resolve(contentPath, pageUrl, href.strip(), image);
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
      return new LinkTarget.Keep();
    }
    if (href.startsWith("/")) {
      return new LinkTarget.Broken("'" + href + "' starts with '/', which breaks when the site is published under a sub-path",
          "write the path relative to this file, e.g. ../pages/glossary.md");
    }
    int hash = href.indexOf('#');
    String fragment = hash < 0 ? null : href.substring(hash + 1);
    String beforeHash = hash < 0 ? href : href.substring(0, hash);
    int question = beforeHash.indexOf('?');
    String query = question < 0 ? "" : beforeHash.substring(question);
    String pathPart = question < 0 ? beforeHash : beforeHash.substring(0, question);
    if (pathPart.isEmpty()) {
      return anchorOnly(from, fragment == null ? "" : fragment);
    }
    String target = resolvePath(folderOf(from), decode(pathPart));
    if (target == null) {
      return new LinkTarget.Broken("'" + href + "' points outside the content folder", "link only to files inside the content folder");
    }
    Document document = documents.get(target);
    if (document != null) {
      String url = Urls.relative(pageUrl, document.url());
      if (fragment == null || fragment.isEmpty()) {
        return new LinkTarget.Rewrite(url + query);
      }
      if (!document.anchors().contains(fragment)) {
        return new LinkTarget.Broken("'" + target + "' has no heading with the id '" + fragment + "'",
            Suggestions.didYouMean(fragment, document.anchors(), "its heading ids are"));
      }
      return new LinkTarget.Rewrite((url.equals("./") && target.equals(from) ? "" : url) + query + "#" + fragment);
    }
    String asset = assets.get(target);
    if (asset != null) {
      return new LinkTarget.Rewrite(Urls.relative(pageUrl, asset) + query + (fragment == null ? "" : "#" + fragment));
    }
    if (unpublished.contains(target)) {
      return new LinkTarget.Broken("'" + pathPart + "' is a draft, which this build does not publish",
          "build with --drafts to preview it, or remove the link until it is published");
    }
    return new LinkTarget.Broken("'" + pathPart + "' does not exist in the content folder", suggestion(from, target));
  }

  private LinkTarget anchorOnly(String from, String fragment) {
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

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }
}
