package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.testing.HostileCorpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path tmp;

  /** Runs chorus with the given arguments, capturing stdout and stderr. */
  record Run(int exit, String out, String err) {}

  static Run chorus(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter picoOut = new StringWriter();
    StringWriter picoErr = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cl = ChorusCommand.commandLine();
      cl.setOut(new PrintWriter(picoOut, true));
      cl.setErr(new PrintWriter(picoErr, true));
      int exit = cl.execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8) + picoOut,
          err.toString(StandardCharsets.UTF_8) + picoErr);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void helpWorksOnEveryCommand() {
    for (String cmd : new String[] {"demo", "analyze", "serve", "report", "export", "info", "verify"}) {
      Run r = chorus(cmd, "--help");
      assertThat(r.exit()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: chorus " + cmd);
    }
    assertThat(chorus("--help").out()).contains("Exit codes:");
  }

  @Test
  void bareChorusShowsUsageAsAUsageError() {
    Run r = chorus();
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Usage: chorus");
  }

  @Test
  void inputsThatNameNothingToReadAreUsageErrorsAndLeaveNoWorkspace() throws Exception {
    Path ws = tmp.resolve("ws");
    Run missing = chorus("analyze", tmp.resolve("no-such-dir").toString(), "-w", ws.toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("no-such-dir").contains("no such file");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Run none = chorus("analyze", empty.toString(), "-w", ws.toString());
    assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("no files to read");
    assertThat(ws).doesNotExist();
  }

  @Test
  void skippingAnUnknownOrANeededStageIsAUsageError() throws Exception {
    Path input = Files.writeString(tmp.resolve("a.txt"), "A story.");
    Path ws = tmp.resolve("ws");
    Run unknown = chorus("analyze", input.toString(), "-w", ws.toString(), "--skip-stage", "anotate");
    assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("anotate").contains("language");
    Run needed = chorus("analyze", input.toString(), "-w", ws.toString(), "--skip-stage", "language");
    assertThat(needed.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(needed.err()).contains("sentences").contains("need what it provides");
    assertThat(ws).doesNotExist();
  }

  @Test
  void anUnknownExportFormatIsAUsageErrorThatListsTheFormats() {
    Run r = chorus("export", "-w", tmp.toString(), "--format", "xml", "-o", tmp.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("json, csv or parquet").doesNotContain("No enum constant");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = chorus("analyze", "--no-such-option", "x", "-w", tmp.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no-such-option");
  }

  @Test
  void demoAnalysesTheBundledCorpusAndWritesTheExport() throws Exception {
    Path ws = tmp.resolve("demo");
    Run r = chorus("demo", "--no-serve", "--workspace", ws.toString(), "--corpus",
        Path.of("..", "examples", "kazakhstan-2022").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("5 new articles", "removed", "photo caption", "breadcrumb", "end-of-article marker");
    assertThat(r.out()).containsSubsequence("Conflicts between sources (1)", "Agreements (2)", "Timeline", "Languages:");
    JsonNode export = new ObjectMapper().readTree(ws.resolve(DemoCommand.EXPORT_NAME).toFile());
    assertThat(export.get("articles")).hasSize(5);
  }

  @Test
  void hostileCorpusExitsWithCompletedWithSkipsAndNamesEachSkip() throws Exception {
    Path corpus = tmp.resolve("hostile");
    HostileCorpus.write(corpus);
    Run r = chorus("analyze", corpus.toString(), "--workspace", tmp.resolve("ws").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    for (String name : HostileCorpus.SKIPPED_SUFFIXES) {
      assertThat(r.err()).contains(name);
      assertThat(r.out()).contains(name);
    }
    assertThat(r.err()).doesNotContain("\r");
    Run info = chorus("info", "--workspace", tmp.resolve("ws").toString());
    assertThat(info.exit()).isZero();
    assertThat(info.out()).contains(HostileCorpus.GOOD_IDS.size() + " articles", "junk.txt");
  }

  /** A workspace analysed from one short article. */
  private Path oneArticleWorkspace() throws Exception {
    Path ws = tmp.resolve("ws");
    Path corpus = Files.createDirectories(tmp.resolve("c"));
    Files.writeString(corpus.resolve("a.txt"), "Headline here\nA story about the protests in Almaty.");
    assertThat(chorus("analyze", corpus.toString(), "-w", ws.toString(), "-q").exit()).isZero();
    return ws;
  }

  @Test
  void exportWritesEachFormat() throws Exception {
    Path ws = oneArticleWorkspace();
    assertThat(chorus("export", "-w", ws.toString(), "--format", "json", "--out", tmp.resolve("x.json").toString())
        .exit()).isZero();
    assertThat(chorus("export", "-w", ws.toString(), "--format", "csv", "--out", tmp.resolve("csv").toString())
        .exit()).isZero();
    assertThat(chorus("export", "-w", ws.toString(), "--format", "parquet", "--out", tmp.resolve("pq").toString())
        .exit()).isZero();
    assertThat(tmp.resolve("csv/articles.csv")).content().contains("Headline here");
    assertThat(tmp.resolve("pq/articles.parquet")).isNotEmptyFile();
    assertThat(chorus("export", "-w", ws.toString(), "--format", "xml", "--out", "x").exit())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void verifyReadsEveryTableAndNamesDamage() throws Exception {
    Path ws = oneArticleWorkspace();
    Run good = chorus("verify", "-w", ws.toString());
    assertThat(good.exit()).isZero();
    assertThat(good.out()).contains("no damage found");
    Files.write(ws.resolve(DuckDbWorkspace.FILE_NAME), "overwritten by something else".repeat(500).getBytes());
    for (String cmd : new String[] {"verify", "info", "export"}) {
      Run bad = chorus(cmd, "-w", ws.toString(), "--format", "json", "--out", tmp.resolve("x.json").toString());
      if (cmd.equals("export")) {
        assertThat(bad.exit()).as(cmd).isEqualTo(ExitCodes.FAILED);
      } else {
        bad = chorus(cmd, "-w", ws.toString());
        assertThat(bad.exit()).as(cmd).isEqualTo(ExitCodes.FAILED);
      }
      assertThat(bad.err()).as(cmd).contains("is damaged").doesNotContain("internal error");
    }
  }

  @Test
  void missingWorkspaceFailsWithAClearMessage() {
    Run r = chorus("info", "-w", tmp.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("no workspace at");
  }

  @Test
  void terminalOutputNeutralisesControlCharacters() {
    assertThat(Summary.visible("a\u001b[31mred\u202Eb")).isEqualTo("a\\u001b[31mred\\u202eb");
  }
}
