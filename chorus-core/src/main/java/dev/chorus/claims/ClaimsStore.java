package dev.chorus.claims;

import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes a {@link ClaimsResult} over the previous one, in one transaction: a crash leaves the old rows whole. */
final class ClaimsStore {
  static final List<String> TABLES = List.of("comparison_claims", "comparisons", "claims");

  private ClaimsStore() {}

  static void replace(Connection connection, ClaimsResult result) throws SQLException {
    DuckDBConnection conn = connection.unwrap(DuckDBConnection.class);
    Transactions.replace(conn, TABLES, c -> {
      writeClaims(conn, result.claims());
      writeComparisons(conn, result.comparisons());
    });
  }

  private static void writeClaims(DuckDBConnection conn, List<Claim> claims) throws SQLException {
    try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claims")) {
      for (Claim c : claims) {
        a.beginRow().append(c.id()).append(c.article()).append(c.span().start()).append(c.span().end())
            .append(c instanceof DateClaim ? "date" : "number").append(c.text());
        if (c instanceof NumberClaim n) {
          Interval iv = n.interval();
          a.append(n.value()).append(iv.low()).append(iv.lowInclusive());
          if (iv.high() == Double.POSITIVE_INFINITY) {
            a.appendNull();
          } else {
            a.append(iv.high());
          }
          a.append(iv.highInclusive());
        } else {
          for (int i = 0; i < 5; i++) {
            a.appendNull();
          }
        }
        for (String s : new String[] {c.qualifier(), c.counted(), c.unit(), c.concept(), c.predicate(), c.subject(),
            c.speaker(), c.time(), c.key(), c instanceof DateClaim d ? d.date() : null}) {
          str(a, s);
        }
        a.endRow();
      }
      Transactions.flush(a);
    }
  }

  private static void writeComparisons(DuckDBConnection conn, List<Comparison> comparisons) throws SQLException {
    try (DuckDBAppender c = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "comparisons");
        DuckDBAppender m = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "comparison_claims")) {
      int id = 0;
      for (Comparison cmp : comparisons) {
        id++;
        c.beginRow().append(id);
        str(c, cmp.key());
        c.append(cmp.verdict().label()).append(cmp.rule()).append(cmp.reason()).endRow();
        for (int i = 0; i < cmp.claims().size(); i++) {
          m.beginRow().append(id).append(i).append(cmp.claims().get(i)).endRow();
        }
      }
      Transactions.flush(c, m);
    }
  }

  private static void str(DuckDBAppender app, String value) throws SQLException {
    if (value == null) {
      app.appendNull();
    } else {
      app.append(value);
    }
  }
}
