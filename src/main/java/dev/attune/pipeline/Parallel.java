package dev.attune.pipeline;

import java.util.List;
import java.util.function.Function;

/**
 * Work spread over all cores whose results come back in the order of its inputs, so that what is
 * built from them does not depend on which thread finished first.
 */
final class Parallel {
  private Parallel() {}

  /** {@code work} applied to each item, on all cores; the results in the items' order. */
  static <T, R> List<R> map(List<T> items, Function<T, R> work) {
    return items.parallelStream().map(work).toList();
  }
}
