package dev.chorus.store;

import dev.chorus.model.Annotations;
import dev.chorus.model.Article;
import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes each article's {@link Annotations} (schema version 2) with the Appender, inside the transaction that
 * writes the article batch, so an article and its annotations are stored together or not at all.
 */
final class AnnotationTables {
  private AnnotationTables() {}

  static void append(DuckDBConnection conn, List<Article> articles) throws SQLException {
    boolean any = false;
    for (Article a : articles) {
      any |= a.annotations() != Annotations.none();
    }
    if (!any) {
      return;
    }
    String schema = DuckDBConnection.DEFAULT_SCHEMA;
    try (DuckDBAppender men = conn.createAppender(schema, "mentions");
        DuckDBAppender quo = conn.createAppender(schema, "quotes");
        DuckDBAppender sca = conn.createAppender(schema, "scare_quotes");
        DuckDBAppender tim = conn.createAppender(schema, "time_expressions");
        DuckDBAppender num = conn.createAppender(schema, "numbers")) {
      for (Article a : articles) {
        Annotations an = a.annotations();
        for (Mention m : an.mentions()) {
          men.beginRow().append(a.id()).append(m.span().start()).append(m.span().end()).append(m.text())
              .append(m.type().name()).endRow();
        }
        for (Quote q : an.quotes()) {
          quo.beginRow().append(a.id()).append(q.span().start()).append(q.span().end()).append(q.text());
          str(quo, q.speaker());
          Span s = q.speakerSpan();
          if (s == null) {
            quo.appendNull();
            quo.appendNull();
          } else {
            quo.append(s.start()).append(s.end());
          }
          str(quo, q.speakerEntity());
          quo.endRow();
        }
        for (Span s : an.scareQuotes()) {
          sca.beginRow().append(a.id()).append(s.start()).append(s.end()).append(a.textOf(s)).endRow();
        }
        for (TimeExpression t : an.times()) {
          tim.beginRow().append(a.id()).append(t.span().start()).append(t.span().end()).append(t.text())
              .append(t.raw() == null ? "" : t.raw());
          str(tim, t.value());
          tim.append(t.precision().name());
          date(tim, t.start());
          date(tim, t.end());
          tim.append(t.reference().name().toLowerCase(Locale.ROOT));
          str(tim, t.type());
          str(tim, t.timex());
          tim.append(t.direction().name());
          tim.endRow();
        }
        for (NumberMention n : an.numbers()) {
          num.beginRow().append(a.id()).append(n.span().start()).append(n.span().end()).append(n.text())
              .append(n.value());
          str(num, n.qualifier());
          str(num, n.counted());
          str(num, n.unit());
          num.endRow();
        }
      }
      Transactions.flush(men, quo, sca, tim, num);
    }
  }

  private static void str(DuckDBAppender app, String value) throws SQLException {
    if (value == null) {
      app.appendNull();
    } else {
      app.append(value);
    }
  }

  private static void date(DuckDBAppender app, String iso) throws SQLException {
    if (iso == null) {
      app.appendNull();
    } else {
      app.append(LocalDate.parse(iso));
    }
  }
}
