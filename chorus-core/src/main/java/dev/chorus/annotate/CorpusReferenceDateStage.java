package dev.chorus.annotate;

import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Direction;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.store.Transactions;
import dev.chorus.store.Workspace;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives a reference date to articles that have neither a published date nor a full date in their text (crawled
 * pages often write "January 2" and never the year): the latest published or inferred date of the rest of the
 * corpus, since a corpus is gathered about one event. The article is marked {@code published_inferred} with that
 * basis, and its time expressions are resolved again against the date.
 */
public final class CorpusReferenceDateStage implements CorpusStage {
  static final String BASIS = "inferred: latest date of the other articles in the corpus";

  @Override
  public String name() {
    return "reference-dates";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.ANNOTATIONS);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.REFERENCE_DATES);
  }

  @Override
  public void run(Workspace workspace) throws SQLException {
    Connection conn = workspace.connection();
    LocalDate reference;
    List<String> undated = new ArrayList<>();
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT max(published) FROM articles")) {
        rs.next();
        Date d = rs.getDate(1);
        if (d == null) {
          return;
        }
        reference = d.toLocalDate();
      }
      try (ResultSet rs = st.executeQuery("SELECT id FROM articles WHERE published IS NULL ORDER BY id")) {
        while (rs.next()) {
          undated.add(rs.getString(1));
        }
      }
    }
    if (undated.isEmpty()) {
      return;
    }
    LocalDate ref = reference;
    Transactions.run(conn, c -> rewrite(c, undated, ref));
  }

  /** Dates the undated articles with the corpus's reference and resolves their time expressions against it. */
  private static void rewrite(Connection conn, List<String> undated, LocalDate reference) throws SQLException {
    try (PreparedStatement date = conn.prepareStatement("UPDATE articles SET published = ?, published_inferred = true,"
            + " published_source = ? WHERE id = ?");
        PreparedStatement read = conn.prepareStatement("SELECT start, \"end\", text, raw_value, timex_type, direction"
            + " FROM time_expressions"
            + " WHERE article_id = ? ORDER BY start");
        PreparedStatement delete = conn.prepareStatement("DELETE FROM time_expressions WHERE article_id = ?");
        PreparedStatement insert = conn.prepareStatement("INSERT INTO time_expressions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (String id : undated) {
        date.setObject(1, reference);
        date.setString(2, BASIS);
        date.setString(3, id);
        date.executeUpdate();
        List<RawTime> raws = new ArrayList<>();
        read.setString(1, id);
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            String direction = rs.getString(6);
            raws.add(new RawTime(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                direction == null ? null : Direction.valueOf(direction)));
          }
        }
        if (raws.isEmpty()) {
          continue;
        }
        delete.setString(1, id);
        delete.executeUpdate();
        for (TimeExpression t : TimeResolver.resolve(id, raws, reference, Reference.INFERRED)) {
          insert.setString(1, id);
          insert.setInt(2, t.span().start());
          insert.setInt(3, t.span().end());
          insert.setString(4, t.text());
          insert.setString(5, t.raw());
          insert.setString(6, t.value());
          insert.setString(7, t.precision().name());
          setDate(insert, 8, t.start());
          setDate(insert, 9, t.end());
          insert.setString(10, "inferred");
          insert.setString(11, t.type());
          insert.setString(12, t.timex());
          insert.setString(13, t.direction().name());
          insert.executeUpdate();
        }
      }
    }
  }

  private static void setDate(PreparedStatement ps, int index, String iso) throws SQLException {
    if (iso == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setObject(index, LocalDate.parse(iso));
    }
  }
}
