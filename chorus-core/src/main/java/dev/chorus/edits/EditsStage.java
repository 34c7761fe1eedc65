package dev.chorus.edits;

import static dev.chorus.pipeline.Capability.REUSE;

import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.reuse.Passage;
import dev.chorus.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits of every reuse link in the workspace: each link's passages (read from the reuse tables, as the reuse
 * stage wrote them) compared word by word by the {@link EditFinder}, the article published first taken as the
 * original when the dates tell, and written over the previous edits in one transaction.
 */
public final class EditsStage implements CorpusStage {
  /** Edits between the copies of every reuse link. */
  public static final Capability EDITS = Capability.of("EDITS");

  private static final StageSpec SPEC = StageSpec.of("edits").requires(REUSE).provides(EDITS);

  /** Weightiest kind first, then link, then along the original. */
  static final Comparator<Edit> ORDER = Comparator.comparingInt((Edit e) -> e.kind().rank())
      .thenComparingInt(Edit::link).thenComparingInt(e -> e.a().start()).thenComparingInt(e -> e.b().start());

  private final EditFinder finder = new EditFinder();

  /** One stored link: its articles, which came first, and its passages. */
  private record StoredLink(int id, String a, String b, String earlier, List<Passage> passages) {}

  @Override
  public void run(Workspace workspace) throws SQLException {
    Connection conn = workspace.connection();
    List<Edit> edits = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    try (PreparedStatement text = conn.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
      for (StoredLink l : links(conn)) {
        String ta = texts.computeIfAbsent(l.a(), id -> read(text, id));
        String tb = texts.computeIfAbsent(l.b(), id -> read(text, id));
        if (ta == null || tb == null) {
          continue;
        }
        edits.addAll(l.earlier().equals(l.b())
            ? finder.link(l.id(), l.b(), tb, l.a(), ta, swapped(l.passages()))
            : finder.link(l.id(), l.a(), ta, l.b(), tb, l.passages()));
      }
    }
    edits.sort(ORDER);
    EditsStore.replace(conn, edits);
  }

  private static List<StoredLink> links(Connection conn) throws SQLException {
    Map<Integer, StoredLink> out = new LinkedHashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT l.link_id, l.a, l.b, l.earlier, p.a_start, p.a_end, p.b_start,"
            + " p.b_end, p.similarity FROM reuse_links l LEFT JOIN reuse_passages p ON p.link_id = l.link_id"
            + " ORDER BY l.link_id, p.a_start, p.b_start")) {
      while (rs.next()) {
        int id = rs.getInt(1);
        StoredLink l = out.get(id);
        if (l == null) {
          l = new StoredLink(id, rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>());
          out.put(id, l);
        }
        rs.getInt(5);
        if (!rs.wasNull()) {
          l.passages().add(new Passage(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getDouble(9)));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static List<Passage> swapped(List<Passage> passages) {
    List<Passage> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      out.add(new Passage(p.bStart(), p.bEnd(), p.aStart(), p.aEnd(), p.similarity()));
    }
    return out;
  }

  private static String read(PreparedStatement text, String id) {
    try {
      text.setString(1, id);
      try (ResultSet rs = text.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the text of " + id, e);
    }
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
