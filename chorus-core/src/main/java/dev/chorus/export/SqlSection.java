package dev.chorus.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An export section defined by its query and a column → field mapping: one JSON object per row of {@code sql}, its
 * fields in the order they are declared. Rows of a finding that has several (an entity's mentions, a comparison's
 * claims) come from a {@linkplain #children child query} run once per row with the row's key; evidence spans, inline or
 * in an array, are always written by {@link SqlRows#writeSpan} from the columns {@code article_id, start, "end"}.
 *
 * <pre>{@code
 * public final class QuotesSection extends SqlSection {
 *   public QuotesSection() {
 *     super("quotes", "SELECT article_id, start, \"end\", text, speaker FROM quotes ORDER BY article_id, start");
 *     span().string("text").string("speaker");
 *   }
 * }
 * }</pre>
 *
 * <p>Declared once, then only read: thread-safe in use (each export opens its own statements).
 */
public class SqlSection implements ExportSection {
  /** A field's value from the current row: a String, Number or Boolean, or null. */
  @FunctionalInterface
  public interface Value {
    Object of(ResultSet row) throws SQLException;
  }

  /** Writes one field (or several) of the current row, with the child rows fetched for it. */
  @FunctionalInterface
  private interface FieldWriter {
    void write(ResultSet row, Map<String, List<Object[]>> children, JsonGenerator g) throws SQLException, IOException;
  }

  private record Child(String sql, String keyColumn) {}

  private final String name;
  private final String sql;
  private final Map<String, Child> children = new LinkedHashMap<>();
  private final List<FieldWriter> fields = new ArrayList<>();

  /** A section of {@code name}, one object per row of {@code sql}; subclasses declare its fields in their constructor. */
  protected SqlSection(String name, String sql) {
    this.name = name;
    this.sql = sql;
  }

  /** The section {@code name}, one object per row of {@code sql}. */
  public static SqlSection of(String name, String sql) {
    return new SqlSection(name, sql);
  }

  @Override
  public final String name() {
    return name;
  }

  /** A field from {@code value}, written as the JSON type of what it returns. */
  public SqlSection field(String field, Value value) {
    fields.add((row, kids, g) -> writeValue(g, field, value.of(row)));
    return this;
  }

  /** A string field from the column of the same name. */
  public SqlSection string(String field) {
    return string(field, field);
  }

  /** A string field from {@code column}. */
  public SqlSection string(String field, String column) {
    return field(field, row -> row.getString(column));
  }

  /** An integer field from {@code column} (0 when null, as JDBC reads it). */
  public SqlSection integer(String field, String column) {
    return field(field, row -> row.getInt(column));
  }

  /** A floating-point field from {@code column} (0 when null, as JDBC reads it). */
  public SqlSection decimal(String field, String column) {
    return field(field, row -> row.getDouble(column));
  }

  /** A number field from {@code column}: null when null, written without a fraction when it is a whole number. */
  public SqlSection number(String field, String column) {
    return field(field, row -> {
      double v = row.getDouble(column);
      if (row.wasNull()) {
        return null;
      }
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    });
  }

  /** An array of strings from a SQL array column. */
  public SqlSection stringArray(String field, String column) {
    fields.add((row, kids, g) -> {
      g.writeArrayFieldStart(field);
      for (Object o : (Object[]) row.getArray(column).getArray()) {
        g.writeString((String) o);
      }
      g.writeEndArray();
    });
    return this;
  }

  /** The row's evidence span inline: {@code "article","start","end"} from {@code article_id, start, "end"}. */
  public SqlSection span() {
    fields.add((row, kids, g) -> {
      g.writeStringField("article", row.getString("article_id"));
      g.writeNumberField("start", row.getInt("start"));
      g.writeNumberField("end", row.getInt("end"));
    });
    return this;
  }

  /**
   * Rows named {@code child} for each row: {@code sql} with one parameter, set to the row's {@code keyColumn}. Fields
   * below read them by position, in the order of {@code sql}'s columns.
   */
  public SqlSection children(String child, String sql, String keyColumn) {
    children.put(child, new Child(sql, keyColumn));
    return this;
  }

  /** The child rows' evidence spans: their columns 1-3 are {@code article_id, start, "end"}. */
  public SqlSection childSpans(String field, String child) {
    fields.add((row, kids, g) -> {
      g.writeArrayFieldStart(field);
      for (Object[] k : kids.get(child)) {
        SqlRows.writeSpan(g, (String) k[0], ((Number) k[1]).intValue(), ((Number) k[2]).intValue());
      }
      g.writeEndArray();
    });
    return this;
  }

  /** The child rows' strings at {@code column} (1-based), in their order. */
  public SqlSection childStrings(String field, String child, int column) {
    fields.add((row, kids, g) -> {
      g.writeArrayFieldStart(field);
      for (Object[] k : kids.get(child)) {
        g.writeString((String) k[column - 1]);
      }
      g.writeEndArray();
    });
    return this;
  }

  /** The distinct non-null strings at {@code column} (1-based) of the child rows, sorted. */
  public SqlSection childDistinct(String field, String child, int column) {
    fields.add((row, kids, g) -> {
      TreeSet<String> distinct = new TreeSet<>();
      for (Object[] k : kids.get(child)) {
        if (k[column - 1] != null) {
          distinct.add(k[column - 1].toString());
        }
      }
      g.writeArrayFieldStart(field);
      for (String s : distinct) {
        g.writeString(s);
      }
      g.writeEndArray();
    });
    return this;
  }

  @Override
  public final void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Child> c : children.entrySet()) {
        statements.put(c.getKey(), ws.connection().prepareStatement(c.getValue().sql()));
      }
      SqlRows.forEach(ws, name, sql, row -> {
        Map<String, List<Object[]>> kids = new LinkedHashMap<>();
        for (Map.Entry<String, Child> c : children.entrySet()) {
          kids.put(c.getKey(), rows(statements.get(c.getKey()), row.getObject(c.getValue().keyColumn())));
        }
        g.writeStartObject();
        for (FieldWriter f : fields) {
          f.write(row, kids, g);
        }
        g.writeEndObject();
      });
    } catch (SQLException e) {
      throw new IOException("cannot export " + name + ": " + e.getMessage(), e);
    } finally {
      for (PreparedStatement p : statements.values()) {
        try {
          p.close();
        } catch (SQLException ignored) {
          // closing after the export: nothing left to lose
        }
      }
    }
  }

  private static List<Object[]> rows(PreparedStatement ps, Object key) throws SQLException {
    ps.setObject(1, key);
    List<Object[]> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) {
          r[i] = rs.getObject(i + 1);
        }
        out.add(r);
      }
    }
    return out;
  }

  private static void writeValue(JsonGenerator g, String field, Object v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else if (v instanceof String s) {
      g.writeStringField(field, s);
    } else if (v instanceof Integer i) {
      g.writeNumberField(field, i);
    } else if (v instanceof Long l) {
      g.writeNumberField(field, l);
    } else if (v instanceof Double d) {
      g.writeNumberField(field, d);
    } else if (v instanceof Boolean b) {
      g.writeBooleanField(field, b);
    } else {
      g.writeStringField(field, v.toString());
    }
  }
}
