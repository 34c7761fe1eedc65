package dev.chorus.pipeline;

/** What a stage adds to an article or to the corpus; stages require and provide these. */
public enum Capability {
  /** Identity, metadata and original text (or HTML): what ingest gives. */
  INGESTED,
  /** Main text pulled out of HTML; plain-text inputs have it from the start. */
  MAIN_TEXT,
  /** Cleaned text with removals and the offset map back to the original. */
  CLEAN_TEXT,
  LANGUAGE,
  SENTENCES,
  /** Exact duplicates flagged across the corpus. */
  DUPLICATES,
  /** Entities, quotes, time expressions and numbers of each article. */
  ANNOTATIONS,
  /** Each article's publication date as given, else inferred from its own evidence (or none). */
  PUBLICATION_DATES,
  /** Publication dates checked against the pile (no inferred one after the newest given) and dates resolved. */
  REFERENCE_DATES,
  /** Reuse links (duplicate, verbatim, paraphrase) and talking points across the corpus. */
  REUSE,
  /** Claims compared across articles, and the timeline. */
  CLAIMS,
  /** Every article assigned to a story (articles about one event); findings are compared within a story. */
  STORIES,
  /** Actor labels and distinctive words per source, compared within each story. */
  FRAMING
}
