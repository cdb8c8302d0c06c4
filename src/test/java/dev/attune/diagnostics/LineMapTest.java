package dev.attune.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void mapsOffsetsToLinesAndColumns() {
    LineMap map = LineMap.of("ab\ncde\n\nf");
    assertEquals(new Position(1, 1), map.position(0));
    assertEquals(new Position(1, 3), map.position(2));
    assertEquals(new Position(2, 1), map.position(3));
    assertEquals(new Position(2, 3), map.position(5));
    assertEquals(new Position(3, 1), map.position(7));
    assertEquals(new Position(4, 1), map.position(8));
  }

  @Test
  void startsAtTheGivenLineForTextAfterFrontMatter() {
    assertEquals(new Position(6, 2), LineMap.startingAt("x\nyz", 5).position(3));
  }

  @Test
  void countsColumnsInCharactersNotUtf16Units() {
    assertEquals(new Position(1, 3), LineMap.of("\uD83D\uDE00ab").position(3));
  }

  @Test
  void clampsOffsetsPastTheEnd() {
    assertEquals(new Position(1, 3), LineMap.of("ab").position(99));
  }
}
