package dev.attune.pipeline;

import dev.attune.model.Sha256;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The build cache on disk, beside the output folder: each Markdown file's render from the last
 * build, so that the next build (another process) renders only the files that changed. It is
 * never trusted on its own say: a file written by other code (another Attune, a rebuilt jar), a
 * damaged file (its SHA-256 is checked) or one whose records no longer fit is ignored as if it
 * were not there, and each result it holds is still checked like the preview's (the file's text,
 * the answers its links get). Layout: a text line naming the format, one naming the code that
 * wrote it, the results, and the SHA-256 of all that.
 */
final class BuildCache {
  static final String FILE = "build.bin";
  private static final String MAGIC = "attune-build-cache 1";
  private static final int DIGEST_LENGTH = 32;

  private BuildCache() {}

  /**
   * The results saved in {@code folder}, or nothing when there are none usable. The file is read
   * as a stream (a large course's cache is hundreds of megabytes); its SHA-256, in the last 32
   * bytes, is checked before anything read from it is used.
   */
  static Optional<Map<BuildMemory.DocumentKey, BuildMemory.DocumentResult>> load(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      long size = Files.size(file);
      if (size < DIGEST_LENGTH) {
        return Optional.empty();
      }
      byte[] written = new byte[DIGEST_LENGTH];
      try (SeekableByteChannel channel = Files.newByteChannel(file)) {
        channel.position(size - DIGEST_LENGTH);
        ByteBuffer trailer = ByteBuffer.wrap(written);
        while (trailer.hasRemaining() && channel.read(trailer) >= 0) {
          // read the whole trailer
        }
      }
      Object documents;
      MessageDigest digest = Sha256.digest();
      // Buffered above the digest, so that it is updated a block at a time, not a byte at a time.
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(new DigestInputStream(
          BoundedInputStream.builder().setInputStream(Files.newInputStream(file)).setMaxCount(size - DIGEST_LENGTH).get(), digest), 1 << 16))) {
        if (!MAGIC.equals(in.readUTF()) || !codeIdentity().equals(in.readUTF())) {
          return Optional.empty();
        }
        documents = new CacheCodec.Reader(in).read();
        if (in.read() != -1) {
          return Optional.empty();
        }
      }
      if (!Arrays.equals(digest.digest(), written) || !(documents instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      Map<BuildMemory.DocumentKey, BuildMemory.DocumentResult> results = new HashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof BuildMemory.DocumentKey key) || !(entry.getValue() instanceof BuildMemory.DocumentResult result)) {
          return Optional.empty();
        }
        results.put(key, result);
      }
      return Optional.of(results);
    } catch (IOException | RuntimeException e) {
      // Damaged, cut short, or from other code: as if there were no cache.
      return Optional.empty();
    }
  }

  /** Saves {@code documents} in {@code folder}, replacing what was there in one step. */
  static void save(Path folder, Map<BuildMemory.DocumentKey, BuildMemory.DocumentResult> documents) throws IOException {
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, ".build-", ".tmp");
    try {
      try (DigestOutputStream digest = new DigestOutputStream(Files.newOutputStream(temporary), Sha256.digest());
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(digest, 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeUTF(codeIdentity());
        new CacheCodec.Writer(out).write(documents);
        out.flush();
        digest.on(false);
        digest.write(digest.getMessageDigest().digest());
      }
      try {
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Which code made a cache: a render from other code may differ, so its cache is not used. The
   * jar's path, size and time; or, run from a classes folder (development, tests), that folder
   * and the time of its newest file.
   */
  static String codeIdentity() throws IOException {
    Path code;
    try {
      code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException | SecurityException e) {
      throw new IOException("cannot tell where Attune's code is", e);
    }
    if (Files.isRegularFile(code)) {
      return "jar " + code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
    }
    long newest = 0;
    try (Stream<Path> files = Files.walk(code)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
      }
    }
    return "classes " + code + " " + newest;
  }

}
