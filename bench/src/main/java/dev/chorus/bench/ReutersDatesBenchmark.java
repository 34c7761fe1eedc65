package dev.chorus.bench;

import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publication dates and the timeline on Reuters-21578 records as they come ({@code id}, {@code date}, {@code title},
 * {@code dateline}, {@code text}): the first N records with text are analysed into a scratch workspace (reuse and
 * framing left out: the timeline needs neither), then it prints how many articles are dated and from which field,
 * the years the timeline's events fall in, and each event outside 1986–1987 with its article's date (the corpus is
 * from 1987: an event outside is a year the text writes, history or a maturity, unless a date was misread), and
 * how many dates read against the article's date (no year written) fall outside 1986–1987. Run: {@code bench/run ReutersDatesBenchmark [N]} (default 300).
 */
public final class ReutersDatesBenchmark {
  private ReutersDatesBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path source = BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz");
    Path scratch = Files.createTempDirectory("chorus-reuters-dates");
    try {
      Path input = scratch.resolve("reuters.jsonl");
      int records = ReutersSample.write(source, input, n);
      long t0 = System.nanoTime();
      new Analysis(AnalysisOptions.of(List.of(input.toString()), scratch.resolve("ws"))
          .withSkippedStages(Set.of("reuse", "edits", "framing")), null).run("bench");
      double seconds = (System.nanoTime() - t0) / 1e9;
      try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(scratch.resolve("ws"));
          Statement st = ws.connection().createStatement()) {
        System.out.printf("records\t%d (analysed in %.1f s)%n", records, seconds);
        print(st, "articles, undated", "SELECT count(*), count(*) FILTER (WHERE published IS NULL) FROM articles");
        print(st, "dated by", "SELECT string_agg(s || ' ' || c, ', ' ORDER BY c DESC) FROM (SELECT"
            + " coalesce(published_source, 'none') s, count(*) c FROM articles GROUP BY 1)");
        print(st, "published years", "SELECT min(year(published)), max(year(published)) FROM articles");
        print(st, "timeline events, first and last day", "SELECT count(*), min(first_day), max(first_day)"
            + " FROM timeline_events");
        print(st, "timeline events outside 1986-1987", "SELECT count(*) FROM timeline_events"
            + " WHERE year(first_day) NOT BETWEEN 1986 AND 1987");
        print(st, "timeline events by year", "SELECT string_agg(y || ' ' || c, ', ' ORDER BY y) FROM (SELECT"
            + " year(first_day) y, count(*) c FROM timeline_events GROUP BY 1)");
        // a date read against the article's date (no year written: "Feb 26", "on Wednesday", "last month")
        print(st, "anchored dates, outside 1986-1987", "SELECT count(*), count(*) FILTER (WHERE year(range_start)"
            + " NOT BETWEEN 1986 AND 1987) FROM time_expressions WHERE range_start IS NOT NULL"
            + " AND NOT regexp_matches(raw_value, '^\\d{4}')");
        // the outside events with the article's own date, so each can be checked against its text
        try (ResultSet rs = st.executeQuery("SELECT e.date, CAST(a.published AS VARCHAR), e.summary"
            + " FROM timeline_events e JOIN articles a ON a.id = e.summary_article"
            + " WHERE year(e.first_day) NOT BETWEEN 1986 AND 1987 ORDER BY e.first_day")) {
          while (rs.next()) {
            String summary = rs.getString(3).replaceAll("\\s+", " ");
            System.out.printf("  outside\t%s\treported %s\t%s%n", rs.getString(1), rs.getString(2),
                summary.length() > 110 ? summary.substring(0, 109) + "…" : summary);
          }
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void print(Statement st, String label, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      StringBuilder sb = new StringBuilder(label);
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        sb.append('\t').append(rs.getString(i));
      }
      System.out.println(sb);
    }
  }
}
