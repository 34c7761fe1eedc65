package dev.chorus.dates;

import static dev.chorus.pipeline.Capability.PUBLICATION_DATES;
import static dev.chorus.pipeline.Capability.REFERENCE_DATES;

import dev.chorus.annotate.RawTime;
import dev.chorus.annotate.TimeResolver;
import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Direction;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
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

/**
 * Withdraws inferred dates that cannot be right: one after the newest publication date given for any article of
 * the pile (a date read from the article's text that lies beyond every given date is an event it reports, not its
 * publication), and one a workspace kept from the old corpus-wide inference, which read dates from other articles.
 * Such an article becomes undated and its time expressions are resolved again without an anchor, so only what
 * needs none keeps a value. Reads only dates given at ingest and dates each article inferred itself, so a rerun
 * on the same workspace finds nothing new to withdraw.
 */
public final class DateBoundStage implements CorpusStage {
  // Time expressions, when an annotate stage runs, are stored with their article before any corpus stage runs;
  // requiring ANNOTATIONS would leave reuse without dates when no NLP backend is on the classpath.
  private static final StageSpec SPEC = StageSpec.of("reference-dates")
      .requires(PUBLICATION_DATES)
      .provides(REFERENCE_DATES);

  /** The basis older workspaces stored for a date taken from the rest of the corpus; never a basis now. */
  static final String BORROWED_BASIS = "inferred: latest date of the other articles in the corpus";

  @Override
  public void run(Workspace workspace) throws SQLException {
    Connection conn = workspace.connection();
    List<String> withdrawn = new ArrayList<>();
    try (Statement st = conn.createStatement()) {
      LocalDate newestGiven;
      try (ResultSet rs = st.executeQuery("SELECT max(published) FROM articles WHERE NOT published_inferred")) {
        rs.next();
        Date d = rs.getDate(1);
        newestGiven = d == null ? null : d.toLocalDate();
      }
      try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM articles WHERE published_inferred"
          + " AND (published_source = ? OR published > ?) ORDER BY id")) {
        ps.setString(1, BORROWED_BASIS);
        ps.setObject(2, newestGiven == null ? LocalDate.MAX : newestGiven);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            withdrawn.add(rs.getString(1));
          }
        }
      }
    }
    if (!withdrawn.isEmpty()) {
      Transactions.run(conn, c -> undate(c, withdrawn));
    }
  }

  private static void undate(Connection conn, List<String> ids) throws SQLException {
    try (PreparedStatement date = conn.prepareStatement("UPDATE articles SET published = NULL,"
            + " published_inferred = false, published_source = NULL WHERE id = ?");
        PreparedStatement read = conn.prepareStatement("SELECT start, \"end\", text, raw_value, timex_type, direction"
            + " FROM time_expressions WHERE article_id = ? ORDER BY start");
        PreparedStatement delete = conn.prepareStatement("DELETE FROM time_expressions WHERE article_id = ?");
        PreparedStatement insert = conn.prepareStatement(
            "INSERT INTO time_expressions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (String id : ids) {
        date.setString(1, id);
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
        for (TimeExpression t : TimeResolver.resolve(id, raws, null, Reference.NONE)) {
          insert.setString(1, id);
          insert.setInt(2, t.span().start());
          insert.setInt(3, t.span().end());
          insert.setString(4, t.text());
          insert.setString(5, t.raw());
          insert.setString(6, t.value());
          insert.setString(7, t.precision().name());
          setDate(insert, 8, t.start());
          setDate(insert, 9, t.end());
          insert.setString(10, "none");
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

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
