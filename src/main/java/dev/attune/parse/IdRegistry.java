package dev.attune.parse;

import dev.attune.diagnostics.Code;
import dev.attune.diagnostics.Diagnostics;
import dev.attune.diagnostics.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ids of interactive blocks across a whole course. Learners' saved answers are stored under
 * these ids, so two quizzes (or two worksheets) must never share one. One registry per build.
 *
 * <p>Pages render in parallel, so an id used on two pages is judged after they have all rendered,
 * in course order: the page that comes first keeps the id, whichever finished first.
 */
public final class IdRegistry {
  /** Where an id was claimed. */
  public record Claim(String kind, String id, String path, Position position) {
    String key() {
      return kind + ":" + id;
    }
  }

  private final Map<Integer, PageIds> pages = new TreeMap<>();

  /** The registry of the page that is {@code order}th in the course (home, lessons, pages, worksheet files). */
  public synchronized PageIds page(int order) {
    PageIds page = new PageIds();
    if (pages.putIfAbsent(order, page) != null) {
      throw new IllegalArgumentException("page " + order + " has its ids already");
    }
    return page;
  }

  /** Reports every id claimed on a page after an earlier page in course order claimed it. */
  public synchronized void reportConflicts(Diagnostics diagnostics) {
    Map<String, Claim> first = new HashMap<>();
    for (PageIds page : pages.values()) {
      for (Claim claim : page.claims()) {
        Claim earlier = first.putIfAbsent(claim.key(), claim);
        if (earlier != null) {
          diagnostics.error(Code.DUPLICATE_ID, claim.path(), claim.position(), alreadyUsed(claim, earlier), hint(claim.kind()));
        }
      }
    }
  }

  static String alreadyUsed(Claim claim, Claim earlier) {
    return "the " + claim.kind() + " id '" + claim.id() + "' is already used at " + earlier.path() + ":" + earlier.position().line();
  }

  static String hint(String kind) {
    return "give each " + kind + " its own id=…; learners' saved answers are kept under it";
  }

  /** The ids one page claims, in reading order; an id used twice on the page is caught at once. */
  public static final class PageIds {
    private final Map<String, Claim> claims = new LinkedHashMap<>();

    /** Claims {@code id} for a block of {@code kind}; returns the page's earlier claim if there is one. */
    Optional<Claim> claim(String kind, String id, String path, Position position) {
      Claim claim = new Claim(kind, id, path, position);
      return Optional.ofNullable(claims.putIfAbsent(claim.key(), claim));
    }

    /** The page's claims, in reading order: kept with a page's render so that a rebuild can reuse both. */
    public List<Claim> claims() {
      return new ArrayList<>(claims.values());
    }

    /** Claims again what a previous render of the same page claimed (within-page clashes were reported then). */
    public void replay(List<Claim> earlier) {
      for (Claim claim : earlier) {
        claims.putIfAbsent(claim.key(), claim);
      }
    }
  }
}
