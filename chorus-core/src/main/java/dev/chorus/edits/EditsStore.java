package dev.chorus.edits;

import dev.chorus.store.Appenders;
import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBConnection;

/** Writes the edits over the previous ones, in one transaction: a crash leaves the old rows whole. */
final class EditsStore {
  static final List<String> TABLES = List.of("edits");

  private EditsStore() {}

  static void replace(Connection connection, List<Edit> edits) throws SQLException {
    DuckDBConnection conn = connection.unwrap(DuckDBConnection.class);
    Transactions.replace(conn, TABLES, c -> Appenders.write(conn, "edits", edits,
        (row, n, e) -> Appenders.span(Appenders.span(row.append(n).append(e.link()).append(e.kind().label())
            .append(e.kind().rank()), e.a()), e.b()).append(e.aText()).append(e.bText())));
  }
}
