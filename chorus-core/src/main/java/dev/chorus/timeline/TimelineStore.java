package dev.chorus.timeline;

import dev.chorus.model.Span;
import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Writes the timeline over the previous one, in one transaction: a crash leaves the old rows whole. */
final class TimelineStore {
  static final List<String> TABLES = List.of("timeline_evidence", "timeline_events");

  private TimelineStore() {}

  static void replace(Connection connection, List<TimelineEvent> events) throws SQLException {
    DuckDBConnection conn = connection.unwrap(DuckDBConnection.class);
    Transactions.replace(conn, TABLES, c -> write(conn, events));
  }

  private static void write(DuckDBConnection conn, List<TimelineEvent> events) throws SQLException {
    try (DuckDBAppender e = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "timeline_events");
        DuckDBAppender v = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "timeline_evidence")) {
      int id = 0;
      for (TimelineEvent ev : events) {
        id++;
        Span s = ev.summarySpan();
        e.beginRow().append(id).append(ev.date()).append(ev.precision()).append(ev.first()).append(ev.summary())
            .append(s.article()).append(s.start()).append(s.end()).append(ev.articles().size()).endRow();
        for (DatedSentence d : ev.evidence()) {
          Span sp = d.sentence();
          v.beginRow().append(id).append(sp.article()).append(sp.start()).append(sp.end());
          LocalDate r = day(d.reported());
          if (r == null) {
            v.appendNull();
          } else {
            v.append(r);
          }
          v.endRow();
        }
      }
      Transactions.flush(e, v);
    }
  }

  private static LocalDate day(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
