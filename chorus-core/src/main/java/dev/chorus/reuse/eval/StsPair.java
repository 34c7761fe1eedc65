package dev.chorus.reuse.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One STS Benchmark pair: two sentences and a gold similarity from 0 (unrelated) to 5 (same meaning). The file
 * format is the benchmark's: tab-separated genre, file, year, id, score, sentence 1, sentence 2 (extra columns
 * ignored).
 */
public record StsPair(String genre, double gold, String first, String second) {
  public static List<StsPair> read(Path file) throws IOException {
    List<StsPair> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 7) {
          continue;
        }
        out.add(new StsPair(f[0] + "/" + f[1], Double.parseDouble(f[4]), f[5], f[6]));
      }
    }
    return out;
  }
}
