package dev.chorus.store;

import dev.chorus.pipeline.StageCatalog;
import dev.chorus.pipeline.StageDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a workspace's schema up to date, one schema at a time: the workspace's own (articles, their texts and
 * annotations) first, then each {@link StageDescriptor}'s, each with its own version in {@code stage_schema}. Each
 * script runs in its own transaction together with its version bump, so a schema is always at a whole version. A
 * schema newer than this build is refused; a schema whose package is not on the classpath is left alone.
 */
final class Migrations {
  /** The schema of the workspace itself, {@link WorkspaceDescriptor}'s. */
  static final String WORKSPACE = WorkspaceDescriptor.NAME;

  /**
   * Workspaces written before schemas were versioned per package carry one number in {@code schema_version}; the
   * versions each of its values stands for.
   */
  private static final List<Map<String, Integer>> LEGACY = List.of(
      Map.of(WORKSPACE, 1),
      Map.of(WORKSPACE, 2),
      Map.of(WORKSPACE, 2, "reuse", 1),
      Map.of(WORKSPACE, 2, "reuse", 1, "claims", 1, "timeline", 1),
      Map.of(WORKSPACE, 2, "reuse", 1, "claims", 1, "timeline", 1, "stories", 1),
      Map.of(WORKSPACE, 2, "reuse", 1, "claims", 1, "timeline", 1, "stories", 1, "framing", 1));

  private Migrations() {}

  /** The workspace schema's version in this build. */
  static int latest() {
    return WorkspaceDescriptor.SCRIPTS.size();
  }

  static void apply(Connection conn) throws SQLException {
    apply(conn, StageCatalog.installed());
  }

  static void apply(Connection conn, StageCatalog catalog) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS stage_schema (schema VARCHAR PRIMARY KEY, version INTEGER NOT NULL,"
          + " applied_at TIMESTAMP NOT NULL)");
    }
    adoptLegacy(conn);
    // the workspace's own tables first: other schemas may refer to them
    applyAll(conn, WORKSPACE, WorkspaceDescriptor.SCRIPTS, WorkspaceDescriptor.class);
    for (StageDescriptor d : catalog.descriptors()) {
      if (!d.name().equals(WORKSPACE)) {
        applyAll(conn, d.name(), d.migrations(), d.getClass());
      }
    }
  }

  /** Schemas behind this build: empty when the workspace can be read as it is. */
  static List<String> pending(Connection conn, StageCatalog catalog) throws SQLException {
    Map<String, Integer> have = versions(conn);
    List<String> out = new ArrayList<>();
    if (have.getOrDefault(WORKSPACE, 0) != latest()) {
      out.add(WORKSPACE + " " + have.getOrDefault(WORKSPACE, 0) + " (this Chorus: " + latest() + ")");
    }
    for (StageDescriptor d : catalog.descriptors()) {
      if (d.name().equals(WORKSPACE)) {
        continue;
      }
      int v = have.getOrDefault(d.name(), 0);
      if (v != d.migrations().size()) {
        out.add(d.name() + " " + v + " (this Chorus: " + d.migrations().size() + ")");
      }
    }
    return out;
  }

  /** The workspace schema's version: 0 for an empty database. */
  static int current(Connection conn) throws SQLException {
    return versions(conn).getOrDefault(WORKSPACE, 0);
  }

  static Map<String, Integer> versions(Connection conn) throws SQLException {
    Map<String, Integer> out = new HashMap<>();
    if (!tableExists(conn, "stage_schema")) {
      Integer legacy = legacyVersion(conn);
      return legacy == null || legacy == 0 ? out : new HashMap<>(LEGACY.get(Math.min(legacy, LEGACY.size()) - 1));
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT schema, version FROM stage_schema")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    }
    return out;
  }

  private static void adoptLegacy(Connection conn) throws SQLException {
    Integer legacy = legacyVersion(conn);
    if (legacy == null || legacy == 0 || !versions(conn).isEmpty()) {
      return;
    }
    if (legacy > LEGACY.size()) {
      throw new SQLException("workspace schema version " + legacy + " is newer than this Chorus: upgrade Chorus");
    }
    for (var e : LEGACY.get(legacy - 1).entrySet()) {
      setVersion(conn, e.getKey(), e.getValue());
    }
  }

  private static Integer legacyVersion(Connection conn) throws SQLException {
    if (!tableExists(conn, "schema_version")) {
      return null;
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void applyAll(Connection conn, String schema, List<String> scripts, Class<?> owner)
      throws SQLException {
    int current = versions(conn).getOrDefault(schema, 0);
    if (current > scripts.size()) {
      throw new SQLException("workspace schema " + schema + " is at version " + current + ", newer than this Chorus ("
          + scripts.size() + "): upgrade Chorus");
    }
    for (int v = current + 1; v <= scripts.size(); v++) {
      String sql = load(owner, scripts.get(v - 1));
      boolean auto = conn.getAutoCommit();
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        for (String stmt : sql.split(";\\s*(\\n|$)")) {
          String s = stripComments(stmt);
          if (!s.isBlank()) {
            st.execute(s);
          }
        }
        setVersion(conn, schema, v);
        conn.commit();
      } catch (SQLException e) {
        conn.rollback();
        throw new SQLException("schema " + schema + " version " + v + ": " + e.getMessage(), e);
      } finally {
        conn.setAutoCommit(auto);
      }
    }
  }

  private static void setVersion(Connection conn, String schema, int version) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO stage_schema VALUES (?, ?, now())")) {
      ps.setString(1, schema);
      ps.setInt(2, version);
      ps.execute();
    }
  }

  private static boolean tableExists(Connection conn, String table) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
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

  private static String load(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + name + " of " + owner.getName() + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
