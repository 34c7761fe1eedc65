package dev.chorus.claims;

import dev.chorus.model.Article;
import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.store.Workspace;
import dev.chorus.stories.StoriesStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Claims, comparisons and the timeline over the whole workspace: reads every article (exact duplicates aside) with
 * the annotate stage's numbers, quotes, names and time expressions, runs the {@link ClaimsAnalyzer}, and replaces
 * the previous results in one transaction (corpus stages rerun on every analysis).
 */
public final class ClaimsStage implements CorpusStage {
  private final ClaimVocabulary vocabulary;
  private final SentenceEncoder encoder;

  public ClaimsStage(ClaimVocabulary vocabulary) {
    this(vocabulary, null);
  }

  /** @param encoder sentence encoder for grouping claims the vocabulary cannot, or null for rules only */
  public ClaimsStage(ClaimVocabulary vocabulary, SentenceEncoder encoder) {
    this.vocabulary = vocabulary;
    this.encoder = encoder;
  }

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Capability> requires() {
    // dates must be resolved against the corpus-level reference first, or the timeline uses stale ones
    // and stories: claims are compared within one story only
    return EnumSet.of(Capability.ANNOTATIONS, Capability.REFERENCE_DATES, Capability.SENTENCES, Capability.STORIES);
  }

  @Override
  public Set<Capability> provides() {
    return EnumSet.of(Capability.CLAIMS);
  }

  @Override
  public void run(Workspace workspace) throws SQLException {
    Connection conn = workspace.connection();
    Map<String, List<NumberMention>> numbers = read(conn, "SELECT article_id, start, \"end\", text, value, qualifier,"
        + " counted, unit FROM numbers ORDER BY article_id, start", rs -> new NumberMention(span(rs), rs.getString(4),
            rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    Map<String, List<Quote>> quotes = read(conn, "SELECT article_id, start, \"end\", text, speaker FROM quotes"
        + " ORDER BY article_id, start", rs -> new Quote(span(rs), rs.getString(4), rs.getString(5), null, null));
    Map<String, List<Mention>> mentions = read(conn, "SELECT article_id, start, \"end\", text, type FROM mentions"
        + " ORDER BY article_id, start", rs -> new Mention(span(rs), rs.getString(4), entityType(rs.getString(5))));
    Map<String, List<TimeExpression>> times = read(conn, "SELECT article_id, start, \"end\", text, value, precision,"
        + " CAST(range_start AS VARCHAR), CAST(range_end AS VARCHAR), reference, raw_value FROM time_expressions"
        + " ORDER BY article_id, start", rs -> new TimeExpression(span(rs), rs.getString(4), rs.getString(5),
            Precision.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
            Reference.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)), rs.getString(10)));
    List<ArticleFacts> facts = new ArrayList<>();
    workspace.forEachArticle(a -> {
      if (a.duplicateOf() == null && a.text() != null) {
        facts.add(new ArticleFacts(a.id(), a.text(), sourceOf(a), a.published(), a.sentences(),
            numbers.getOrDefault(a.id(), List.of()), quotes.getOrDefault(a.id(), List.of()),
            mentions.getOrDefault(a.id(), List.of()), times.getOrDefault(a.id(), List.of())));
      }
    });
    ClaimsStore.replace(conn, new ClaimsAnalyzer(vocabulary, encoder).analyze(facts, StoriesStore.storyOf(conn)));
  }

  /** The outlet as the input or page names it, else the article's id. */
  private static String sourceOf(Article a) {
    if (a.source() != null && !a.source().isBlank()) {
      return a.source();
    }
    if (a.site() != null && !a.site().isBlank()) {
      return a.site();
    }
    return a.id();
  }

  private static EntityType entityType(String s) {
    try {
      return EntityType.valueOf(s);
    } catch (IllegalArgumentException e) {
      return EntityType.values()[0];
    }
  }

  private static Span span(ResultSet rs) throws SQLException {
    return new Span(rs.getString(1), rs.getInt(2), rs.getInt(3));
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> Map<String, List<T>> read(Connection conn, String sql, Row<T> row) throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row.read(rs));
      }
    }
    return out;
  }
}
