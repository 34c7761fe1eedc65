package dev.chorus.ingest;

/**
 * Bounds that keep one hostile input from exhausting memory or time.
 *
 * @param maxDocumentBytes largest single document (a text or HTML file, a JSONL line, a WARC record body)
 * @param maxArticleChars longest text kept as one article; news articles run to tens of thousands of characters,
 *     so anything past this is a dump or an attack and is skipped with its reason
 */
public record IngestLimits(long maxDocumentBytes, int maxArticleChars) {
  /** 20 MB documents, 1M-character articles. */
  public static IngestLimits defaults() {
    return new IngestLimits(20L << 20, 1_000_000);
  }
}
