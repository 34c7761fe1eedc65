package dev.chorus.store;

import dev.chorus.model.Span;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The one way a stage's store appends its findings: one row per finding, numbered from 1 in list order, and one row
 * per piece of its evidence (or member) carrying that number. Rows are begun and ended here; callers append the
 * columns. Call inside {@link Transactions#replace}.
 */
public final class Appenders {
  /** Appends the columns of one finding's row; {@code number} is its 1-based position in the list. */
  @FunctionalInterface
  public interface Row<T> {
    void append(DuckDBAppender row, int number, T item) throws SQLException;
  }

  /** Appends the columns of one child row; {@code position} is its 0-based position among its finding's children. */
  @FunctionalInterface
  public interface ChildRow<T, C> {
    void append(DuckDBAppender row, int number, T parent, int position, C child) throws SQLException;
  }

  private Appenders() {}

  /** Appends one row of {@code table} per item. */
  public static <T> void write(DuckDBConnection conn, String table, List<T> items, Row<T> row) throws SQLException {
    try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (int i = 0; i < items.size(); i++) {
        one(a, row, i + 1, items.get(i));
      }
      Transactions.flush(a);
    }
  }

  /** Appends one row of {@code table} per item and one row of {@code childTable} per child of each item. */
  public static <T, C> void write(DuckDBConnection conn, String table, String childTable, List<T> items, Row<T> row,
      Function<T, ? extends List<C>> children, ChildRow<T, C> childRow) throws SQLException {
    try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
        DuckDBAppender c = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, childTable)) {
      for (int n = 1; n <= items.size(); n++) {
        T item = items.get(n - 1);
        one(a, row, n, item);
        List<C> kids = children.apply(item);
        for (int i = 0; i < kids.size(); i++) {
          c.beginRow();
          childRow.append(c, n, item, i, kids.get(i));
          c.endRow();
        }
      }
      Transactions.flush(a, c);
    }
  }

  private static <T> void one(DuckDBAppender a, Row<T> row, int number, T item) throws SQLException {
    a.beginRow();
    row.append(a, number, item);
    a.endRow();
  }

  /** Appends a span's columns {@code article_id, start, "end"}. */
  public static DuckDBAppender span(DuckDBAppender row, Span span) throws SQLException {
    return row.append(span.article()).append(span.start()).append(span.end());
  }

  /** Appends a string that may be null. */
  public static DuckDBAppender nullable(DuckDBAppender row, String value) throws SQLException {
    if (value == null) {
      row.appendNull();
    } else {
      row.append(value);
    }
    return row;
  }
}
