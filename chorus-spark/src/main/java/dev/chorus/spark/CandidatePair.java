package dev.chorus.spark;

import java.io.Serializable;

/** Two candidate articles ({@code a < b}) with their shingle sets, as a Spark bean. */
public final class CandidatePair implements Serializable {
  private String a;
  private String b;
  private long[] sa;
  private long[] sb;

  public CandidatePair() {}

  public String getA() {
    return a;
  }

  public void setA(String a) {
    this.a = a;
  }

  public String getB() {
    return b;
  }

  public void setB(String b) {
    this.b = b;
  }

  public long[] getSa() {
    return sa;
  }

  public void setSa(long[] sa) {
    this.sa = sa;
  }

  public long[] getSb() {
    return sb;
  }

  public void setSb(long[] sb) {
    this.sb = sb;
  }
}
