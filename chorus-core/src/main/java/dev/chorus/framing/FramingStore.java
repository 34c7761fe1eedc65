package dev.chorus.framing;

import dev.chorus.model.Span;
import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Replaces the framing tables in one transaction: a crash leaves the previous results whole. */
final class FramingStore {
  private FramingStore() {}

  static void replace(Connection connection, List<FramingTerm> terms) throws SQLException {
    DuckDBConnection conn = connection.unwrap(DuckDBConnection.class);
    Transactions.replace(conn, List.of("framing_evidence", "framing_terms"), c -> {
      try (DuckDBAppender t = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "framing_terms");
          DuckDBAppender e = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "framing_evidence")) {
        int id = 0;
        for (FramingTerm term : terms) {
          id++;
          t.beginRow().append(id).append(term.story()).append(term.source()).append(term.kind()).append(term.term());
          if (term.group() == null) {
            t.appendNull();
          } else {
            t.append(term.group());
          }
          t.append(term.count()).append(term.others()).append(term.z()).endRow();
          for (Span s : term.evidence()) {
            e.beginRow().append(id).append(s.article()).append(s.start()).append(s.end()).endRow();
          }
        }
        Transactions.flush(t, e);
      }
    });
  }
}
