package dev.chorus.spark;

import java.io.Serializable;

/** An article id with its shingle set (sorted, distinct hashes), as a Spark bean. */
public final class ShingledArticle implements Serializable {
  private String id;
  private long[] shingles;

  public ShingledArticle() {}

  public ShingledArticle(String id, long[] shingles) {
    this.id = id;
    this.shingles = shingles;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long[] getShingles() {
    return shingles;
  }

  public void setShingles(long[] shingles) {
    this.shingles = shingles;
  }
}
