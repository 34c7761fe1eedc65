package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.store.DuckDbWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TalkingPointsSummaryTest {
  @TempDir Path dir;

  @Test
  void listsDatedPointsFirstWithTheirSources() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir); Statement st = ws.connection().createStatement()) {
      st.execute("INSERT INTO articles (id, input, format, source, published, published_inferred, text, content_hash,"
          + " run_id) VALUES ('a', 'a.txt', 'txt', 'Outlet A', DATE '2022-01-07', false, 'x', 'h1', 1),"
          + " ('b', 'b.txt', 'txt', NULL, NULL, false, 'y', 'h2', 1)");
      st.execute("INSERT INTO talking_points VALUES ('tp-1', 1, 'Undated but widest', 'b', 0, 1, 2, 'undetermined'),"
          + " ('tp-2', 2, 'Dated point', 'a', 0, 1, 2, 'a'), ('tp-3', 3, 'Same day point', 'a', 0, 1, 2, 'same day')");
      st.execute("INSERT INTO talking_point_members VALUES ('tp-1', 'a', 0, 1), ('tp-1', 'b', 0, 1),"
          + " ('tp-2', 'a', 0, 1), ('tp-2', 'b', 0, 1), ('tp-3', 'a', 0, 1), ('tp-3', 'b', 0, 1)");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new TalkingPointsSummary(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(ws, 5);
      String out = bytes.toString(StandardCharsets.UTF_8);
      assertThat(out.indexOf("Dated point")).isLessThan(out.indexOf("Undated but widest"));
      assertThat(out).contains("2 articles: Outlet A, b; first in a (2022-01-07)");
      assertThat(out).contains("first appearance undetermined");
      assertThat(out).contains("first appearance the same day in several articles");
    }
  }

  @Test
  void saysSoWhenThereAreNone() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new TalkingPointsSummary(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(ws, 5);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("none shared");
    }
  }
}
