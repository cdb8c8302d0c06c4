package dev.attune.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Sets right the parent links that Flexmark leaves wrong. When a list item becomes a task list
 * item, a paragraph of it that is a lone quotation mark ({@code - [ ] a}, a blank line, {@code "},
 * a blank line, {@code b}) keeps the old item as its parent: the tree walks down fine, but a quiz
 * option's feedback rendered on its own then has no document above it (Flexmark asserts that it
 * does). Found by fuzzing; see {@code ParentLinksTest}.
 */
final class ParentLinks {
  private static final Method SET_PARENT = setParent();

  private ParentLinks() {}

  /** Gives every node of {@code document} the parent it is a child of; walks without recursion. */
  static void repair(Document document) {
    Deque<Node> parents = new ArrayDeque<>();
    parents.push(document);
    while (!parents.isEmpty()) {
      Node parent = parents.pop();
      for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
        if (child.getParent() != parent) {
          set(child, parent);
        }
        if (child.hasChildren()) {
          parents.push(child);
        }
      }
    }
  }

  private static void set(Node child, Node parent) {
    try {
      SET_PARENT.invoke(child, parent);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot set a node's parent", e);
    }
  }

  // Node.setParent is protected: the tree is meant to be changed only through its linking
  // methods, which all start from the parent link that is wrong here.
  private static Method setParent() {
    try {
      Method method = Node.class.getDeclaredMethod("setParent", Node.class);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
