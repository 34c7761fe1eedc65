package dev.chorus.claims;

import dev.chorus.store.Appenders;
import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
    Appenders.write(conn, "claims", claims, (a, n, c) -> {
      a.append(c.id()).append(c.article()).append(c.span().start()).append(c.span().end())
          .append(c instanceof DateClaim ? "date" : "number").append(c.text());
      if (c instanceof NumberClaim num) {
        Interval iv = num.interval();
        a.append(num.value()).append(iv.low()).append(iv.lowInclusive());
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
      for (String v : new String[] {c.qualifier(), c.counted(), c.unit(), c.concept(), c.predicate(), c.subject(),
          c.speaker(), c.time(), c.key(), c instanceof DateClaim d ? d.date() : null}) {
        Appenders.nullable(a, v);
      }
    });
  }

  private static void writeComparisons(DuckDBConnection conn, List<Comparison> comparisons) throws SQLException {
    Appenders.write(conn, "comparisons", "comparison_claims", comparisons,
        (c, n, cmp) -> Appenders.nullable(c.append(n), cmp.key()).append(cmp.verdict().label()).append(cmp.rule())
            .append(cmp.reason()),
        Comparison::claims, (m, n, cmp, position, claim) -> m.append(n).append(position).append(claim));
  }
}
