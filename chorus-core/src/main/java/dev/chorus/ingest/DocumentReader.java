package dev.chorus.ingest;

import java.io.IOException;

/**
 * Reads one input format. A reader that fails on a record reports that record to the sink and goes on;
 * an exception thrown out of {@link #read} skips the rest of the file (what was already accepted stays).
 * Implementations are stateless and thread-safe.
 */
public interface DocumentReader {
  /** Short format name stored with each article: txt, html, jsonl, warc. */
  String format();

  /** True when this reader handles a file with this lower-cased name (any {@code .gz} already removed). */
  boolean accepts(String innerName);

  void read(InputFile input, ArticleSink sink) throws IOException, UnreadableInputException;
}
