package dev.chorus.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads residue rules from a tab-separated pattern list (see {@code residue-patterns.tsv} for the format). */
public final class ResiduePatterns {
  private ResiduePatterns() {}

  /** The rules bundled with Chorus. */
  public static List<ResidueRule> bundled() {
    try (InputStream in = ResiduePatterns.class.getResourceAsStream("residue-patterns.tsv")) {
      if (in == null) {
        throw new IllegalStateException("residue-patterns.tsv missing from the classpath");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<ResidueRule> parse(InputStream in) throws IOException {
    List<ResidueRule> rules = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 3 || !(cols[0].equals("line") || cols[0].equals("tail"))) {
        throw new IllegalArgumentException("residue pattern line " + n + ": expected kind, reason, regex");
      }
      rules.add(new ResidueRule(cols[0].equals("tail"), cols[1], cols[2], cols.length > 3 ? cols[3] : ""));
    }
    return List.copyOf(rules);
  }
}
