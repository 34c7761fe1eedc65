package dev.chorus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists and tables kept as data beside the classes that use them: UTF-8 text, one entry a line,
 * lines starting with {@code #} (the list's origin and purpose) and blank lines skipped, each line stripped of
 * surrounding spaces. A missing resource is a packaging error, so it fails at once, naming the resource.
 */
public final class WordList {
  private WordList() {}

  /** The entries of {@code resource} (relative to {@code owner}'s package), lower-cased, as an immutable set. */
  public static Set<String> load(Class<?> owner, String resource) {
    List<String> lower = new ArrayList<>();
    for (String line : lines(owner, resource)) {
      lower.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lower);
  }

  /** The data lines of {@code resource}, in order, as written (for tables: columns are split by the caller). */
  public static List<String> lines(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list " + owner.getPackageName().replace('.', '/') + "/" + resource
            + " missing from the classpath");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
