package dev.chorus.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** Query results as the JSON the UI reads: rows as objects, with the value types the export uses. */
final class JsonRows {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonRows() {}

  /** A page of a query ending in {@code LIMIT ? OFFSET ?}, each row as an object named by its column labels. */
  static ArrayNode page(Connection conn, String sql, int offset, int limit) throws SQLException {
    return select(conn, sql, limit, (long) offset);
  }

  /** The rows of a query with its parameters bound in order, each as an object named by its column labels. */
  static ArrayNode select(Connection conn, String sql, Object... params) throws SQLException {
    ArrayNode out = MAPPER.createArrayNode();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          ObjectNode row = out.addObject();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            put(row, md.getColumnLabel(i), rs.getObject(i));
          }
        }
      }
    }
    return out;
  }

  /** The single number a query answers. */
  static long count(Connection conn, String sql) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A column value as the JSON type the export uses (numbers stay numbers, so spans are recognised). */
  static void put(ObjectNode row, String name, Object v) throws SQLException {
    if (v instanceof Array list) {
      ArrayNode items = row.putArray(name);
      for (Object x : (Object[]) list.getArray()) {
        items.add(String.valueOf(x));
      }
    } else if (v == null) {
      row.putNull(name);
    } else if (v instanceof Integer i) {
      row.put(name, i);
    } else if (v instanceof Long l) {
      row.put(name, l);
    } else if (v instanceof Number n) {
      row.put(name, n.doubleValue());
    } else if (v instanceof Boolean b) {
      row.put(name, b);
    } else {
      row.put(name, v.toString());
    }
  }

  /** The metadata of one article the UI shows beside a finding that names it. */
  static void putMeta(ObjectNode meta, String id, String source, String title, String published, boolean inferred) {
    meta.putObject(id).put("id", id).put("source", source).put("title", title).put("published", published)
        .put("published_inferred", inferred);
  }
}
