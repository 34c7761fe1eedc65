package dev.chorus.timeline;

import dev.chorus.store.Appenders;
import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
    Appenders.write(conn, "timeline_events", "timeline_evidence", events,
        (e, n, ev) -> Appenders.span(e.append(n).append(ev.date()).append(ev.precision()).append(ev.first())
            .append(ev.summary()), ev.summarySpan()).append(ev.articles().size()),
        TimelineEvent::evidence, (v, n, ev, position, d) -> {
          Appenders.span(v.append(n), d.sentence());
          LocalDate r = day(d.reported());
          if (r == null) {
            v.appendNull();
          } else {
            v.append(r);
          }
        });
  }

  private static LocalDate day(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
