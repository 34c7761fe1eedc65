package dev.chorus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.pipeline.StageCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-package schema versions: fresh workspaces, workspaces of the single-version era, and newer ones. */
class MigrationsTest {
  @TempDir Path dir;

  private static void sql(Connection c, String... statements) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  @Test
  void aFreshWorkspaceHasEveryPackagesSchemaAtItsLatestVersion() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      Map<String, Integer> versions = Migrations.versions(ws.connection());
      assertThat(versions).containsEntry("workspace", Migrations.latest()).containsEntry("claims", 1)
          .containsEntry("timeline", 1).containsEntry("reuse", 1).containsEntry("stories", 1)
          .containsEntry("framing", 1).containsEntry("edits", 1);
      assertThat(Migrations.pending(ws.connection(), StageCatalog.installed())).isEmpty();
    }
  }

  @Test
  void aWorkspaceOfTheSingleVersionEraIsMigratedFromWhereItStoodAndKeepsItsTables() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      sql(ws.connection(), "INSERT INTO comparisons VALUES (1, 'k', 'conflict', 'r', 'why')",
          "DROP TABLE stage_schema",
          "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)",
          "INSERT INTO schema_version SELECT range + 1, now() FROM range(6)");
    }
    // its last version stands for workspace schema 2, older than this build's: reading waits for a migration
    assertThatThrownBy(() -> DuckDbWorkspace.openReadOnly(dir).close()).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("workspace 2");
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      assertThat(Migrations.versions(ws.connection())).containsEntry("framing", 1).containsEntry("timeline", 1)
          .containsEntry("workspace", Migrations.latest());
      assertThat(ws.summary().tableRows()).containsEntry("comparisons", 1L);
    }
  }

  @Test
  void aSchemaNewerThanThisBuildIsRefusedByName() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      sql(ws.connection(), "UPDATE stage_schema SET version = 99 WHERE schema = 'claims'");
    }
    assertThatThrownBy(() -> DuckDbWorkspace.open(dir).close()).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("claims").hasMessageContaining("newer");
    assertThatThrownBy(() -> DuckDbWorkspace.openReadOnly(dir).close()).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("claims");
  }

  @Test
  void aPackageSchemaAddedLaterIsCreatedOnTheNextOpen() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      sql(ws.connection(), "DROP TABLE framing_evidence", "DROP TABLE framing_terms",
          "DELETE FROM stage_schema WHERE schema = 'framing'");
    }
    assertThatThrownBy(() -> DuckDbWorkspace.openReadOnly(dir).close()).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("framing");
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      assertThat(ws.summary().tableRows()).containsKeys("framing_terms", "framing_evidence");
      assertThat(List.copyOf(Migrations.versions(ws.connection()).keySet())).contains("framing");
    }
  }
}
