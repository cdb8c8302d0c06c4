package dev.attune.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every spelling of a question type that docs/authoring.md lists is read as that type, in any case. */
class QuestionTypeTest {
  @Test
  void eachTypeByItsNameAndItsOtherSpellings() {
    assertEquals(Optional.of(QuestionType.SINGLE), QuestionType.fromName("single"));
    assertEquals(Optional.of(QuestionType.MULTIPLE), QuestionType.fromName("multi"));
    assertEquals(Optional.of(QuestionType.TRUE_FALSE), QuestionType.fromName("true-false"));
    assertEquals(Optional.of(QuestionType.TRUE_FALSE), QuestionType.fromName("TF"));
    assertEquals(Optional.of(QuestionType.SHORT), QuestionType.fromName("text"));
    assertEquals(Optional.of(QuestionType.ORDER), QuestionType.fromName("Ordering"));
    assertEquals(Optional.empty(), QuestionType.fromName("essay"));
  }
}
