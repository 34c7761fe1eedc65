package dev.chorus.ingest;

import dev.chorus.model.SkippedInput;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Expands what the user typed (files, directories walked recursively, globs such as {@code data/**.jsonl})
 * into input files in a stable order. Hidden files and folders are ignored; a name that matches nothing
 * is reported as skipped.
 */
public final class InputResolver {

  public List<InputFile> resolve(List<String> args, Consumer<SkippedInput> skips) {
    List<InputFile> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.isEmpty()) {
        skips.accept(new SkippedInput("(empty argument)", "an input path is empty"));
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isRegularFile(p)) {
        out.add(InputFile.of(p));
      } else if (Files.isDirectory(p)) {
        walk(p, null, out, skips);
      } else if (isGlob(arg)) {
        int before = out.size();
        Path base = globBase(arg);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + arg);
        walk(base, m, out, skips);
        if (out.size() == before) {
          skips.accept(new SkippedInput(arg, "no file matches this pattern"));
        }
      } else {
        skips.accept(new SkippedInput(arg, "no such file or directory"));
      }
    }
    return readOnce(out);
  }

  /** An input named twice (the same file given again, or found again under a directory also given) is read once. */
  private static List<InputFile> readOnce(List<InputFile> files) {
    Set<Path> seen = new HashSet<>();
    List<InputFile> out = new ArrayList<>(files.size());
    for (InputFile f : files) {
      if (seen.add(f.path().toAbsolutePath().normalize())) {
        out.add(f);
      }
    }
    return out;
  }

  private static void walk(Path root, PathMatcher matcher, List<InputFile> out, Consumer<SkippedInput> skips) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> readable(f, skips))
          .filter(f -> !isHidden(root, f))
          .filter(f -> matcher == null || matcher.matches(f))
          .sorted()
          .forEach(f -> out.add(InputFile.of(f)));
    } catch (IOException | RuntimeException e) {
      skips.accept(new SkippedInput(root.toString(), "cannot list directory: " + e.getMessage()));
    }
  }

  /** A regular file, or a link to one; a link to nothing is reported rather than dropped unseen. */
  private static boolean readable(Path f, Consumer<SkippedInput> skips) {
    if (Files.isRegularFile(f)) {
      return true;
    }
    if (Files.isSymbolicLink(f) && !Files.exists(f)) {
      skips.accept(new SkippedInput(f.toString(), "a link to a file that does not exist"));
    }
    return false;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isGlob(String arg) {
    return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
  }

  /** The longest leading directory of a glob that has no pattern characters in it. */
  static Path globBase(String glob) {
    Path p = Path.of(glob.replaceAll("[*?\\[{].*$", "x"));
    Path parent = p.getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
