package dev.chorus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace file overwritten, cut short or with flipped bytes is reported as damaged, never read as good. */
class DamagedWorkspaceTest {
  @TempDir Path dir;

  /** A workspace with a table large enough to span several of DuckDB's 256 KiB blocks. */
  private Path workspaceWithData() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      try (Statement st = ws.connection().createStatement()) {
        st.execute("CREATE TABLE filler AS SELECT range AS i, repeat('x', 100) AS s FROM range(200000)");
        st.execute("CHECKPOINT");
      }
      assertThat(WorkspaceDamage.check(ws)).isEmpty();
    }
    return dir.resolve(DuckDbWorkspace.FILE_NAME);
  }

  @Test
  void aFileThatIsNoDatabaseIsDamagedNotLocked() throws Exception {
    Files.write(dir.resolve(DuckDbWorkspace.FILE_NAME), "not a database, just text".repeat(100).getBytes());
    assertThatThrownBy(() -> DuckDbWorkspace.openReadOnly(dir)).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is damaged").hasMessageNotContaining("another Chorus process");
    assertThatThrownBy(() -> DuckDbWorkspace.open(dir)).hasMessageContaining("is damaged");
  }

  @Test
  void flippedBytesAreFoundByTheCheck() throws Exception {
    Path file = workspaceWithData();
    byte[] b = Files.readAllBytes(file);
    // some bytes inside every 256 KiB block after DuckDB's three 4 KiB headers
    for (int block = 12_288; block < b.length; block += 262_144) {
      for (int i = block + 1000; i < Math.min(b.length, block + 1064); i++) {
        b[i] ^= 0x5a;
      }
    }
    Files.write(file, b);
    assertFoundDamaged();
  }

  /** Either opening says the file is damaged, or the check names the table whose blocks are. */
  private void assertFoundDamaged() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(dir)) {
      assertThat(WorkspaceDamage.check(ws)).anySatisfy(line -> assertThat(line).startsWith("filler: "));
    } catch (WorkspaceException e) {
      assertThat(e).hasMessageContaining("is damaged");
    }
  }

  @Test
  void aFileCutShortIsFoundByTheCheck() throws Exception {
    Path file = workspaceWithData();
    byte[] b = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(b, b.length / 2));
    assertFoundDamaged();
  }
}
