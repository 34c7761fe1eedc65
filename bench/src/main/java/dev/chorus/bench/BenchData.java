package dev.chorus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where benchmark data lives: {@code $BENCH_DATA}, else ../shared/bench beside the checkout. */
final class BenchData {
  private BenchData() {}

  static Path dir(String name) {
    String env = System.getenv("BENCH_DATA");
    if (env != null && !env.isBlank()) {
      return Path.of(env, name);
    }
    for (Path p : new Path[] {Path.of("../shared/bench"), Path.of("../../shared/bench"), Path.of("/work/shared/bench")}) {
      if (Files.isDirectory(p.resolve(name))) {
        return p.resolve(name);
      }
    }
    return Path.of("../shared/bench", name);
  }

  /** Every {@code step}-th item, from the first: the slices the gate tests run on. */
  static <T> List<T> everyNth(List<T> items, int step) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += step) {
      out.add(items.get(i));
    }
    return out;
  }
}
