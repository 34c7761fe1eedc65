package dev.chorus.pipeline;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a stage adds to an article or to the corpus; stages require and provide these, and the pipeline is checked
 * against them when it is built. An open set, as CoreNLP's annotator requirements are: the constants below name what
 * Chorus's own stages give, and a stage package adds its own with {@link #of(String)} (two stages that name the same
 * capability mean the same thing). Compared by name.
 */
public final class Capability {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Identity, metadata and original text (or HTML): what ingest gives. */
  public static final Capability INGESTED = of("INGESTED");
  /** Main text pulled out of HTML; plain-text inputs have it from the start. */
  public static final Capability MAIN_TEXT = of("MAIN_TEXT");
  /** Cleaned text with removals and the offset map back to the original. */
  public static final Capability CLEAN_TEXT = of("CLEAN_TEXT");
  public static final Capability LANGUAGE = of("LANGUAGE");
  public static final Capability SENTENCES = of("SENTENCES");
  /** Exact duplicates flagged across the corpus. */
  public static final Capability DUPLICATES = of("DUPLICATES");
  /** Entities, quotes, time expressions and numbers of each article. */
  public static final Capability ANNOTATIONS = of("ANNOTATIONS");
  /** Each article's publication date as given, else inferred from its own evidence (or none). */
  public static final Capability PUBLICATION_DATES = of("PUBLICATION_DATES");
  /** Publication dates checked against the pile (no inferred one after the newest given) and dates resolved. */
  public static final Capability REFERENCE_DATES = of("REFERENCE_DATES");
  /** Entity mentions merged across spellings into corpus-wide entities. */
  public static final Capability ENTITIES = of("ENTITIES");
  /** Reuse links (duplicate, verbatim, paraphrase) and talking points across the corpus. */
  public static final Capability REUSE = of("REUSE");
  /** Claims compared across articles. */
  public static final Capability CLAIMS = of("CLAIMS");
  /** Events on calendar dates, with the sentences that report them. */
  public static final Capability TIMELINE = of("TIMELINE");
  /** Every article assigned to a story (articles about one event); findings are compared within a story. */
  public static final Capability STORIES = of("STORIES");
  /** Actor labels and distinctive words per source, compared within each story. */
  public static final Capability FRAMING = of("FRAMING");

  private final String name;

  private Capability(String name) {
    this.name = name;
  }

  /** The capability of this name: upper case, digits and underscores, as the constants are. */
  public static Capability of(String name) {
    Objects.requireNonNull(name, "name");
    String upper = name.strip().toUpperCase(Locale.ROOT);
    if (!NAME.matcher(upper).matches()) {
      throw new IllegalArgumentException("capability names are letters, digits and underscores: " + name);
    }
    return new Capability(upper);
  }

  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capability c && c.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
