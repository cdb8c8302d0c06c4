package dev.attune.pipeline;

import dev.attune.diagnostics.Diagnostic;
import dev.attune.load.LoadMemory;
import dev.attune.render.Templates;
import dev.attune.render.Theme;
import java.io.IOException;
import dev.attune.parse.IdRegistry;
import dev.attune.parse.LinkTarget;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one build leaves for the next in the same process (the preview server), so that a rebuild
 * does only the work its changes need: each Markdown file's anchors and rendered body, and each
 * page's bytes with the view it was rendered from. A result is reused only when everything it was
 * made from is equal: the file's text and address, the answers its links got, the page's view
 * and the theme. Nothing in it is ever trusted on its own say.
 */
public final class BuildMemory {
  /** Everything a Markdown file's render is made of, besides the answers its links get. */
  record DocumentKey(String contentPath, String displayPath, String url, String body, int firstLine, String idPrefix, boolean trustedHtml,
      Object extra) {}

  /**
   * A file's render and what it depended on and reported; with every address its body names
   * (raw HTML's too), for knowing which files the course uses.
   */
  record DocumentResult(Set<String> anchors, CourseAssembler.Rendered rendered, Map<RecordingLinkTargets.Lookup, LinkTarget> links,
      List<Diagnostic> diagnostics, List<IdRegistry.Claim> claims, List<String> addresses) {}

  /** A page's bytes and the view model they were rendered from. */
  private record PageResult(Map<String, Object> model, byte[] bytes) {}

  /** How much of the latest build was done afresh: Markdown files rendered and pages rendered, of how many. */
  public record Work(int documentsRendered, int documents, int pagesRendered, int pages) {}

  /** The files the previous load read: kept by the preview only, which loads again in the same process. */
  final Optional<LoadMemory> load;

  private volatile Map<DocumentKey, DocumentResult> documents = Map.of();
  private final AtomicInteger documentsRendered = new AtomicInteger();
  private final AtomicInteger pagesRendered = new AtomicInteger();
  private volatile Work last = new Work(0, 0, 0, 0);
  private final Map<String, PageResult> pages = new ConcurrentHashMap<>();
  private volatile Map<String, ByteBuffer> themeFiles;
  private volatile Optional<ThemeFolder> themeFolder;
  private volatile ReadTheme theme;

  /** A theme read once: its parsed templates and its static files. */
  record ReadTheme(Templates templates, SortedMap<String, byte[]> assets) {}

  /** A memory for the preview: files, renders, theme and pages, from one rebuild to the next. */
  public BuildMemory() {
    this.load = Optional.of(new LoadMemory());
  }

  private BuildMemory(Optional<LoadMemory> load) {
    this.load = load;
  }

  /**
   * A memory of the files' renders only, for a build that starts from the build cache on disk:
   * it runs once, so files' texts, templates and pages are not worth keeping.
   */
  static BuildMemory rendersOnly() {
    return new BuildMemory(Optional.empty());
  }

  /** Whether this memory keeps everything a preview reuses, not only the files' renders. */
  boolean forPreview() {
    return load.isPresent();
  }

  DocumentResult document(DocumentKey key) {
    return documents.get(key);
  }

  /** This memory's files' results, for the build cache on disk. */
  Map<DocumentKey, DocumentResult> documents() {
    return documents;
  }

  /** How many files the latest build rendered afresh. */
  int documentsRendered() {
    return documentsRendered.get();
  }

  /** Starts from results an earlier process saved (the build cache). */
  void restoreDocuments(Map<DocumentKey, DocumentResult> saved) {
    documents = Map.copyOf(saved);
  }

  /** Keeps exactly this build's files, so that files gone from the course are forgotten. */
  void keepDocuments(Map<DocumentKey, DocumentResult> current, int rendered) {
    documents = Map.copyOf(current);
    documentsRendered.set(rendered);
    pagesRendered.set(0);
  }

  /** What the latest build did afresh. */
  public Work lastWork() {
    return last;
  }

  /**
   * The theme whose course files are {@code files} in {@code folder}, read: the previous build's
   * when the folder and its files are the same (messages name the folder), else read anew, and
   * then pages rendered with the old one are forgotten.
   */
  synchronized ReadTheme theme(Optional<ThemeFolder> folder, Map<String, ByteBuffer> files, Theme current) throws IOException {
    if (theme == null || !files.equals(themeFiles) || !folder.equals(themeFolder)) {
      pages.clear();
      theme = new ReadTheme(new Templates(current), current.assets());
      themeFiles = files;
      themeFolder = folder;
    }
    return theme;
  }

  /** The bytes of the page at {@code url} when the previous build rendered it from an equal view. */
  Optional<byte[]> page(String url, Map<String, Object> model) {
    PageResult result = pages.get(url);
    return result != null && result.model().equals(model) ? Optional.of(result.bytes()) : Optional.empty();
  }

  /** Keeps a page this build rendered. */
  void keepPage(String url, Map<String, Object> model, byte[] bytes) {
    pages.put(url, new PageResult(model, bytes));
    pagesRendered.incrementAndGet();
  }

  /** Forgets the pages this build did not make, and counts what it did. */
  void keepPagesOnly(Collection<String> urls) {
    pages.keySet().retainAll(Set.copyOf(urls));
    last = new Work(documentsRendered.get(), documents.size(), pagesRendered.get(), urls.size());
  }
}
