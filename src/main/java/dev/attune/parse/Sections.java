package dev.attune.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a quiz or worksheet split at its headings: what comes before the first heading
 * (the introduction), then each heading with the blocks under it (a question or a prompt).
 */
record Sections(List<Node> intro, List<Sections.Section> sections) {
  /** A heading and the blocks up to the next heading. */
  record Section(Heading heading, List<Node> nodes) {}

  static Sections of(List<Node> nodes) {
    List<Node> intro = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof Heading heading) {
        sections.add(new Section(heading, new ArrayList<>()));
      } else if (sections.isEmpty()) {
        intro.add(node);
      } else {
        sections.get(sections.size() - 1).nodes().add(node);
      }
    }
    return new Sections(intro, sections);
  }
}
