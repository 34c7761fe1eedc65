package dev.chorus.cli;

import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.InputResolver;
import dev.chorus.model.SkippedInput;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Inputs that name nothing to read are a usage error, caught before a workspace is created or opened: a mistyped
 * path or an empty directory would otherwise leave an empty workspace behind and a run that "completed".
 */
final class InputCheck {
  private InputCheck() {}

  static void requireSomethingToRead(List<String> inputs, CommandLine cl) {
    List<SkippedInput> missing = new ArrayList<>();
    List<InputFile> files = new InputResolver().resolve(inputs, missing::add);
    if (!files.isEmpty()) {
      return;
    }
    if (!missing.isEmpty()) {
      SkippedInput first = missing.get(0);
      throw new ParameterException(cl, first.input() + ": " + first.reason()
          + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more inputs like it)" : ""));
    }
    throw new ParameterException(cl, "no files to read in " + String.join(", ", inputs)
        + " (hidden files and folders are left out)");
  }
}
