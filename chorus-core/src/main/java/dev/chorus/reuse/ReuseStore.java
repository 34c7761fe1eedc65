package dev.chorus.reuse;

import dev.chorus.store.Appenders;
import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes a {@link ReuseResult} over the previous one, in one transaction: a crash leaves the old rows whole. */
final class ReuseStore {
  static final List<String> TABLES = List.of("reuse_passages", "reuse_links", "duplicate_clusters",
      "talking_point_members", "talking_points");

  private ReuseStore() {}

  static void replace(Connection connection, ReuseResult result) throws SQLException {
    replace(connection, result, null);
  }

  /** Also replaces the stored sentence vectors of the cache's model with those this run used (when not null). */
  static void replace(Connection connection, ReuseResult result, VectorCache vectors) throws SQLException {
    DuckDBConnection conn = connection.unwrap(DuckDBConnection.class);
    Transactions.replace(conn, TABLES, c -> {
      writeLinks(conn, result.links());
      writeClusters(conn, result.duplicateClusters());
      writeTalkingPoints(conn, result.talkingPoints());
      if (vectors != null) {
        writeVectors(conn, vectors);
      }
    });
  }

  private static void writeLinks(DuckDBConnection conn, List<ReuseLink> links) throws SQLException {
    Appenders.write(conn, "reuse_links", "reuse_passages", links,
        (l, n, link) -> l.append(n).append(link.a()).append(link.b()).append(link.kind()).append(link.score())
            .append(link.earlier()),
        ReuseLink::passages, (p, n, link, position, ps) -> p.append(n).append(ps.aStart()).append(ps.aEnd())
            .append(ps.bStart()).append(ps.bEnd()).append(ps.similarity()));
  }

  private static void writeVectors(DuckDBConnection conn, VectorCache vectors) throws SQLException {
    try (java.sql.PreparedStatement del = conn.prepareStatement("DELETE FROM sentence_vectors WHERE model = ?")) {
      del.setString(1, vectors.model());
      del.executeUpdate();
    }
    try (DuckDBAppender v = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentence_vectors")) {
      for (var e : vectors.used().entrySet()) {
        v.beginRow().append(vectors.model()).append(e.getKey().longValue()).append(StoredSentenceVectors.encode(e.getValue()))
            .endRow();
      }
      Transactions.flush(v);
    }
  }

  private static void writeClusters(DuckDBConnection conn, List<List<String>> clusters) throws SQLException {
    try (DuckDBAppender c = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "duplicate_clusters")) {
      for (int i = 0; i < clusters.size(); i++) {
        for (String article : clusters.get(i)) {
          c.beginRow().append(i + 1).append(article).endRow();
        }
      }
      Transactions.flush(c);
    }
  }

  private static void writeTalkingPoints(DuckDBConnection conn, List<TalkingPoint> points) throws SQLException {
    // the number of a talking point is its rank
    Appenders.write(conn, "talking_points", "talking_point_members", points,
        (t, rank, tp) -> Appenders.span(t.append(tp.id()).append(rank).append(tp.summary()), tp.representative())
            .append(tp.articles().size()).append(tp.first()),
        TalkingPoint::members, (m, rank, tp, position, s) -> Appenders.span(m.append(tp.id()), s));
  }
}
