package dev.chorus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a workspace's schema up to date. Each migration runs in its own transaction together with the
 * version bump, so a workspace is always at a whole version. A workspace newer than this build is refused.
 */
final class Migrations {
  /** In order; the index of each is its version minus one. Append, never edit. */
  static final List<String> SCRIPTS = List.of("V1__foundation.sql", "V2__annotations.sql", "V3__reuse.sql",
      "V4__claims.sql", "V5__stories.sql",
      "V6__framing.sql", "V7__time_types.sql");

  private Migrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  static int apply(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = current(conn);
    if (current > latest()) {
      throw new SQLException("workspace schema version " + current + " is newer than this Chorus (" + latest()
          + "): upgrade Chorus");
    }
    for (int v = current + 1; v <= latest(); v++) {
      String sql = load(SCRIPTS.get(v - 1));
      boolean auto = conn.getAutoCommit();
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        for (String stmt : sql.split(";\\s*(\\n|$)")) {
          String s = stripComments(stmt);
          if (!s.isBlank()) {
            st.execute(s);
          }
        }
        st.execute("INSERT INTO schema_version VALUES (" + v + ", now())");
        conn.commit();
      } catch (SQLException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(auto);
      }
    }
    return latest();
  }

  static int current(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String stripComments(String sql) {
    StringBuilder sb = new StringBuilder();
    for (String line : sql.split("\n")) {
      int c = line.indexOf("--");
      sb.append(c >= 0 ? line.substring(0, c) : line).append('\n');
    }
    return sb.toString();
  }

  private static String load(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
