package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {
  @TempDir Path dir;

  @Test
  void refusesADateThatIsNotIso() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "Tokayev said so on January 2.");
    int code = ChorusCommand.commandLine().execute("annotate", f.toString(), "--date", "02/01/2022", "--json");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void asksForAtLeastOneFile() {
    assertThat(ChorusCommand.commandLine().execute("annotate", "--json")).isEqualTo(ExitCodes.USAGE);
  }
}
