package dev.chorus.annotate;

import static dev.chorus.pipeline.Capability.ANNOTATIONS;
import static dev.chorus.pipeline.Capability.ENTITIES;

import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import dev.chorus.model.Span;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.Transactions;
import dev.chorus.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Canonicalises the names of the whole corpus with {@link EntityCanonicalizer} and rewrites the {@code entities},
 * {@code entity_aliases} and {@code entity_mentions} tables, then links each quote's speaker to its entity. Runs on
 * every analysis, since a new article can merge names of older ones ("K. Tokayev" once a full name appears).
 */
public final class EntityCanonicalStage implements CorpusStage {
  private static final StageSpec SPEC = StageSpec.of("entities").requires(ANNOTATIONS).provides(ENTITIES);

  @Override
  public void run(Workspace workspace) throws SQLException {
    Connection conn = workspace.connection();
    List<Mention> mentions = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT article_id, start, \"end\", text, type FROM mentions"
            + " ORDER BY article_id, start")) {
      while (rs.next()) {
        mentions.add(new Mention(new Span(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getString(4),
            EntityType.valueOf(rs.getString(5))));
      }
    }
    List<CanonicalEntity> entities = EntityCanonicalizer.canonicalize(mentions);
    DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
    Transactions.replace(conn, List.of("entity_mentions", "entity_aliases", "entities"), c -> {
      String schema = DuckDBConnection.DEFAULT_SCHEMA;
      try (DuckDBAppender ent = duck.createAppender(schema, "entities");
          DuckDBAppender ali = duck.createAppender(schema, "entity_aliases");
          DuckDBAppender men = duck.createAppender(schema, "entity_mentions")) {
        for (CanonicalEntity e : entities) {
          ent.beginRow().append(e.id()).append(e.name()).append(e.type().name()).append(e.mentions().size()).endRow();
          for (String alias : e.aliases()) {
            ali.beginRow().append(e.id()).append(alias).endRow();
          }
          for (Span s : e.mentions()) {
            men.beginRow().append(e.id()).append(s.article()).append(s.start()).append(s.end()).endRow();
          }
        }
        Transactions.flush(ent, ali, men);
      }
      try (PreparedStatement ps = c.prepareStatement("""
          UPDATE quotes SET speaker_entity = em.entity_id FROM entity_mentions em
          WHERE em.article_id = quotes.article_id AND em.start = quotes.speaker_start
            AND em."end" = quotes.speaker_end""")) {
        ps.executeUpdate();
      }
    });
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
