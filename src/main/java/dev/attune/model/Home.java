package dev.attune.model;

/** The course home text shown above the lesson list; both parts may be empty. */
public record Home(String title, Body body) {
  public static final Home EMPTY = new Home("", Body.EMPTY);
}
