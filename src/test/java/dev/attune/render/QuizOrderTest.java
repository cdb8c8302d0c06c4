package dev.attune.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuizOrderTest {
  private static List<Integer> steps(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void orderingStepsAreNeverInPlaceNorARotationFromFourStepsOn() {
    for (int n = 2; n <= 8; n++) {
      for (int seed = 0; seed < 200; seed++) {
        List<Integer> steps = steps(n);
        List<Integer> mixed = QuizViews.mixedUp(steps, "q" + seed);
        assertEquals(new HashSet<>(steps), new HashSet<>(mixed));
        for (int i = 0; i < n; i++) {
          assertNotEquals(steps.get(i), mixed.get(i), "step " + i + " stayed in place: " + mixed);
        }
        if (n >= 4) {
          for (int shift = 1; shift < n; shift++) {
            List<Integer> turned = new java.util.ArrayList<>(steps);
            Collections.rotate(turned, shift);
            assertNotEquals(turned, mixed, "a rotation: " + mixed);
          }
        }
      }
    }
  }

  @Test
  void theSameQuestionIsMixedTheSameWayEveryTimeAndQuestionsDiffer() {
    assertEquals(QuizViews.shuffled(steps(5), "sky", 0), QuizViews.shuffled(steps(5), "sky", 0));
    assertEquals(QuizViews.mixedUp(steps(6), "order"), QuizViews.mixedUp(steps(6), "order"));
    Set<List<Integer>> orders = new HashSet<>();
    for (int seed = 0; seed < 50; seed++) {
      orders.add(QuizViews.shuffled(steps(4), "q" + seed, 0));
    }
    assertTrue(orders.size() > 10, "questions get different orders: " + orders.size());
  }

  @Test
  void theRightAnswerLandsInEveryPositionAcrossQuestions() {
    int[] positions = new int[4];
    for (int seed = 0; seed < 400; seed++) {
      positions[QuizViews.shuffled(steps(4), "question-" + seed, 0).indexOf(0)]++;
    }
    for (int count : positions) {
      assertTrue(count > 60, java.util.Arrays.toString(positions));
    }
  }
}
