package dev.chorus.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells a damaged workspace file from other database errors, and reads every stored value to find damage. DuckDB
 * reports damage in three ways (duckdb_jdbc 2.0): a file that is not a database at all ("not a valid DuckDB database
 * file"), a file cut short ("Could not read enough bytes"), and a block whose checksum does not match ("Corrupt
 * database file"); the last two only when the damaged block is read, so a check must read every column.
 */
public final class WorkspaceDamage {
  private static final List<String> SIGNS = List.of(
      "not a valid duckdb database file", "could not read enough bytes", "corrupt database file", "checksum");

  private WorkspaceDamage() {}

  /** Whether {@code e}, or any cause of it, says the workspace file is damaged. */
  public static boolean isDamage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (SIGNS.stream().anyMatch(m::contains)) {
        return true;
      }
    }
    return false;
  }

  /** What to tell a user whose workspace file is damaged. */
  static String explain(Path file, Throwable e) {
    return "workspace " + file + " is damaged (" + e.getMessage() + "): its findings cannot be trusted;"
        + " analyse the inputs again into a new workspace (chorus verify lists what is damaged)";
  }

  /**
   * Reads every value of every table of the workspace; returns one line per damaged table (its name and DuckDB's
   * reason), none when all was read.
   */
  public static List<String> check(DuckDbWorkspace ws) throws SQLException {
    List<String> tables;
    try (var st = ws.connection().createStatement()) {
      tables = WorkspaceSummaries.tables(st);
    }
    List<String> damaged = new ArrayList<>();
    for (String table : tables) {
      // hashing every column makes DuckDB read, and checksum, every block the table holds
      try (var st = ws.connection().createStatement();
          var rs = st.executeQuery("SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM \"" + table.replace("\"", "\"\"")
              + "\"")) {
        rs.next();
      } catch (SQLException e) {
        if (!isDamage(e)) {
          throw e;
        }
        damaged.add(table + ": " + e.getMessage());
      }
    }
    return damaged;
  }
}
