package dev.attune.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The one place that makes SHA-256 digests, for fingerprints, cache keys and PDF ids. */
public final class Sha256 {
  private Sha256() {}

  /** A new SHA-256 digest. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
