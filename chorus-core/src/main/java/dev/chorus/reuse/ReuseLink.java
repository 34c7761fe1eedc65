package dev.chorus.reuse;

import java.util.List;

/**
 * Two articles ({@code a < b} by id) that share text: a whole-article {@code duplicate}, {@code verbatim} (or
 * lightly edited) passages, or {@code paraphrase}d sentences. Passages are spans of each article's cleaned text.
 *
 * @param score duplicate: Jaccard; verbatim: share of the shorter article covered; paraphrase: share of the shorter
 *     article's sentences aligned
 * @param earlier id of the article published first, {@value Direction#SAME_DAY} or {@value Direction#UNDETERMINED}
 */
public record ReuseLink(String a, String b, String kind, double score, String earlier, List<Passage> passages) {
  public static final String DUPLICATE = "duplicate";
  public static final String VERBATIM = "verbatim";
  public static final String PARAPHRASE = "paraphrase";

  public ReuseLink {
    // the aligner compares bare texts: the link names the articles its passages are of
    passages = passages.stream().map(p -> p.between(a, b)).toList();
  }
}
