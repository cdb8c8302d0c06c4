package dev.attune.parse;

/**
 * Resolves the addresses written in one source file. The build implements it with the site's
 * layout, so that the parser never needs to know where pages end up.
 */
public interface LinkTargets {
  /**
   * @param href the address as the author wrote it
   * @param image whether it is an image source (images must be part of the course)
   */
  LinkTarget resolve(String href, boolean image);

  /** Targets that keep every address; for text that cannot contain links. */
  LinkTargets KEEP_ALL = (href, image) -> new LinkTarget.Keep();
}
