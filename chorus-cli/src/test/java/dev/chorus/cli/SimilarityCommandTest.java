package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimilarityCommandTest {
  @TempDir Path dir;

  @Test
  void printsScoreAndVerdictPerLineAndFlagsBadLines() throws Exception {
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(pairs, String.join("\n",
        "The police fight terrorists, not peaceful protesters.\tLaw enforcement confronts terrorists, not peaceful"
            + " demonstrators.",
        "The police fight terrorists, not peaceful protesters.\tWheat prices slipped as the new harvest arrived.",
        "only one sentence here"), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ChorusCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("similarity", "--pairs", pairs.toString());
    String[] lines = out.toString().strip().split("\\R");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches("0\\.\\d{4}\tsame");
    assertThat(lines[1]).matches("-?0\\.\\d{4}\tdifferent");
    assertThat(lines[2]).isEqualTo("-\tinvalid");
    assertThat(err.toString()).contains("line 3");
    assertThat(code).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
  }
}
