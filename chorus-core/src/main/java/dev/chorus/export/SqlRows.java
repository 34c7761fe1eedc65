package dev.chorus.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The common shell of export sections that stream one query's rows into JSON objects. */
public final class SqlRows {
  /** Writes one row. */
  @FunctionalInterface
  public interface RowWriter {
    void write(ResultSet row) throws SQLException, IOException;
  }

  private SqlRows() {}

  /** Runs {@code sql} and hands each row to {@code writer}; a database error becomes an IOException naming {@code what}. */
  public static void forEach(Workspace ws, String what, String sql, RowWriter writer) throws IOException {
    try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        writer.write(rs);
      }
    } catch (SQLException e) {
      throw new IOException("cannot export " + what + ": " + e.getMessage(), e);
    }
  }

  /** An evidence span, as every section writes it: {@code {"article","start","end"}}. */
  public static void writeSpan(JsonGenerator g, String article, int start, int end) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", article);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeEndObject();
  }
}
