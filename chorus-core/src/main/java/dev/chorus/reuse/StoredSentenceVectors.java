package dev.chorus.reuse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How sentence vectors are kept in the workspace's {@code sentence_vectors} table: keyed by a 64-bit hash of the
 * sentence text, stored as little-endian float32. Public so that readers outside the reuse stage (the web UI's
 * search by meaning) find the same rows.
 */
public final class StoredSentenceVectors {
  private StoredSentenceVectors() {}

  /** The sentence's key: FNV-1a over its UTF-16 units, then the splitmix64 finaliser (FNV alone clusters). */
  public static long key(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    return Hashing.mix(h ^ text.length());
  }

  public static byte[] encode(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : v) {
      b.putFloat(x);
    }
    return b.array();
  }

  public static float[] decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[bytes.length / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }
}
