package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.attune.model.Html;
import dev.attune.model.Solution;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a page's lesson blocks give besides their place in the page: the instructor notes (for
 * the facilitator page, never the learners'), the challenges' solutions and hints (for the print
 * appendix), and the names of the blocks used.
 */
final class LessonBlocks {
  private static final String INSTRUCTOR = BlockKind.INSTRUCTOR.cssName();

  private final Document document;
  private final NodeHtml html;

  LessonBlocks(Document document, NodeHtml html) {
    this.document = document;
    this.html = html;
  }

  /**
   * The {@code :::instructor} blocks' content, each rendered on its own, and the blocks marked to
   * render as nothing: their text must not reach a learner's page in any form.
   */
  List<Html> instructorNotes(RenderContext context) {
    List<Html> notes = new ArrayList<>();
    for (ContainerBlock block : named(document, INSTRUCTOR, new ArrayList<>())) {
      List<Node> children = new ArrayList<>();
      block.getChildren().forEach(children::add);
      notes.add(html.blocks(children));
      context.replaceWithPart(block, RenderContext.NOTHING);
    }
    return notes;
  }

  /** Each challenge's solutions and hints, rendered on their own; none from inside an instructor note. */
  List<Solution> solutions() {
    List<Solution> solutions = new ArrayList<>();
    List<ContainerBlock> challenges = named(document, BlockKind.CHALLENGE.cssName(), new ArrayList<>());
    for (int i = 0; i < challenges.size(); i++) {
      ContainerBlock challenge = challenges.get(i);
      Optional<Heading> title = ContainerNodeRenderer.firstHeading(challenge);
      Html challengeTitle = title.map(html::inline).orElse(new Html("Challenge " + (i + 1)));
      String challengeId = title.map(Heading::getAnchorRefId).orElse("");
      for (ContainerBlock block : solutionBlocks(challenge, new ArrayList<>())) {
        BlockKind kind = BlockKind.named(block.name().toString()).orElseThrow();
        Optional<Heading> own = ContainerNodeRenderer.firstHeading(block);
        Html label = own.filter(h -> !NodeHtml.text(h).equalsIgnoreCase(kind.cssName())).map(html::inline)
            .orElse(new Html(kind == BlockKind.SOLUTION ? "Solution" : "Hint"));
        List<Node> children = new ArrayList<>();
        block.getChildren().forEach(child -> {
          if (own.isEmpty() || child != own.get()) {
            children.add(child);
          }
        });
        solutions.add(new Solution(challengeTitle, challengeId, label, html.blocks(children)));
      }
    }
    return solutions;
  }

  /** The names of every block the page uses. */
  Set<String> names() {
    return names(document, new LinkedHashSet<>());
  }

  /** Whether a challenge (or a discussion, where Carpentries lessons also put solutions) holds {@code block}. */
  static boolean insideChallenge(ContainerBlock block) {
    for (Node parent = block.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof ContainerBlock container
          && (container.name().toString().equals(BlockKind.CHALLENGE.cssName()) || container.name().toString().equals(BlockKind.DISCUSSION.cssName()))) {
        return true;
      }
    }
    return false;
  }

  /** The solutions and hints of one challenge, not those of a challenge or an instructor note inside it. */
  private static List<ContainerBlock> solutionBlocks(Node parent, List<ContainerBlock> found) {
    for (Node node : parent.getChildren()) {
      if (node instanceof ContainerBlock block) {
        String name = block.name().toString();
        if (BlockKind.named(name).filter(BlockKind::needsChallenge).isPresent()) {
          found.add(block);
        } else if (!name.equals(BlockKind.CHALLENGE.cssName()) && !name.equals(INSTRUCTOR)) {
          solutionBlocks(node, found);
        }
      } else {
        solutionBlocks(node, found);
      }
    }
    return found;
  }

  /** The blocks named {@code name}, outermost first; nothing inside an instructor note, which learners never see. */
  private static List<ContainerBlock> named(Node parent, String name, List<ContainerBlock> found) {
    for (Node node : parent.getChildren()) {
      if (node instanceof ContainerBlock block && block.name().toString().equals(name)) {
        found.add(block);
      } else if (!(node instanceof ContainerBlock block && block.name().toString().equals(INSTRUCTOR))) {
        named(node, name, found);
      }
    }
    return found;
  }

  private static Set<String> names(Node parent, Set<String> found) {
    for (Node node : parent.getChildren()) {
      if (node instanceof ContainerBlock block) {
        found.add(block.name().toString());
      }
      names(node, found);
    }
    return found;
  }
}
