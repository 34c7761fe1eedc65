package dev.chorus.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.testing.HostileCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
  static final Path DEMO = Path.of("..", "examples", "kazakhstan-2022");
  @TempDir Path tmp;

  static List<Article> articles(Path workspace) {
    List<Article> out = new ArrayList<>();
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspace)) {
      ws.forEachArticle(out::add);
    }
    return out;
  }

  static AnalysisResult analyse(Path workspace, String... inputs) throws Exception {
    return new Analysis(AnalysisOptions.of(List.of(inputs), workspace), null).run("test");
  }

  @Test
  void demoCorpusLosesItsResidueAndKeepsItsStory() throws Exception {
    AnalysisResult r = analyse(tmp.resolve("ws"), DEMO.toString());
    assertThat(r.articlesAdded()).isEqualTo(5);
    assertThat(r.skipped()).isEmpty();
    Map<String, Article> byId = articles(tmp.resolve("ws")).stream()
        .collect(Collectors.toMap(a -> a.id().substring(0, 3), a -> a));
    String all = byId.values().stream().map(Article::text).collect(Collectors.joining("\n"));
    assertThat(all).doesNotContain("cookies", "ad blocker", "Akismet", "log in or register", "loader", "Home »",
        "by admin", "Source link", "You may also like", "© AFP", "Заголовок", "Sputnik International, 1920");
    assertThat(byId.get("000").text()).contains("CSTO) that sent about 3,000 peacekeepers");
    assertThat(byId.get("001").text()).contains("18 law enforcement officers were killed", "=== End of statement ===");
    assertThat(byId.get("002").text()).contains("January 10, 2022 has been declared a day of national mourning");
    assertThat(byId.get("003").text()).contains("Lebedev said", "Foreign Interference", "CSTO Mission");
    assertThat(byId.get("004").text()).contains("Among the police officers there are 18 victims and over 700 injured",
        "Wang added in the daily briefing");
    for (Article a : byId.values()) {
      assertThat(a.language()).isEqualTo("en");
      assertThat(a.sentences()).isNotEmpty();
      a.removed().forEach(x -> assertThat(a.originalText().substring(x.start(), x.end())).isEqualTo(x.text()));
    }
  }

  @Test
  void hostileCorpusCompletesAndExplainsEverySkip() throws Exception {
    Path corpus = tmp.resolve("hostile");
    HostileCorpus.write(corpus);
    AnalysisResult r = analyse(tmp.resolve("ws"), corpus.toString());
    List<Article> stored = articles(tmp.resolve("ws"));
    assertThat(stored).extracting(Article::id).containsAll(HostileCorpus.GOOD_IDS);
    assertThat(r.skipped()).extracting(SkippedInput::input).allSatisfy(input ->
        assertThat(HostileCorpus.SKIPPED_SUFFIXES).anySatisfy(suffix -> assertThat(input).endsWith(suffix)));
    for (String suffix : HostileCorpus.SKIPPED_SUFFIXES) {
      assertThat(r.skipped()).extracting(SkippedInput::input).anySatisfy(i -> assertThat(i).endsWith(suffix));
    }
    assertThat(r.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(tmp.resolve("ws"))) {
      assertThat(ws.skippedInputs()).hasSameSizeAs(r.skipped());
    }
    Article controls = stored.stream().filter(a -> a.id().equals("controls")).findFirst().orElseThrow();
    assertThat(controls.text()).doesNotContain("\u200B", "\u202E").contains("Zerowidth");
    Article cp1251 = stored.stream().filter(a -> a.id().equals("cp1251")).findFirst().orElseThrow();
    assertThat(cp1251.text()).contains("Протестующие собрались");
    assertThat(cp1251.language()).isEqualTo("ru");
    Article utf16 = stored.stream().filter(a -> a.id().equals("utf16")).findFirst().orElseThrow();
    assertThat(utf16.text()).contains("Протестующие собрались");
  }

  @Test
  void rerunResumesAndAddsOnlyNewArticles() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("c"));
    Files.writeString(corpus.resolve("a.txt"), "First story about the protests in Almaty.");
    Files.writeString(corpus.resolve("b.txt"), "Second story about the protests in Almaty.");
    Path ws = tmp.resolve("ws");
    assertThat(analyse(ws, corpus.toString()).articlesAdded()).isEqualTo(2);
    AnalysisResult again = analyse(ws, corpus.toString());
    assertThat(again.articlesAdded()).isZero();
    assertThat(again.articlesAlreadyStored()).isEqualTo(2);
    Files.writeString(corpus.resolve("c.txt"), "First story about the protests in Almaty.");
    AnalysisResult more = analyse(ws, corpus.toString());
    assertThat(more.articlesAdded()).isEqualTo(1);
    assertThat(more.duplicates()).isEqualTo(1);
    assertThat(articles(ws)).filteredOn(a -> a.id().equals("c")).singleElement()
        .satisfies(a -> assertThat(a.duplicateOf()).isEqualTo("a"));
  }

  @Test
  void skippedStagesAreLeftOutAndTheirDependantsRefused() {
    AnalysisOptions o = AnalysisOptions.of(List.of(), tmp);
    assertThat(Analysis.standardPipeline(o.withSkippedStages(java.util.Set.of("framing"))).corpusStages())
        .extracting(s -> s.name()).doesNotContain("framing").contains("stories");
    // sentences are split by the language's rules, so leaving out language leaves sentences without what they need
    for (String needed : List.of("clean", "language")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Analysis.standardPipeline(o.withSkippedStages(java.util.Set.of(needed))))
          .isInstanceOf(dev.chorus.pipeline.StageOrderException.class);
    }
  }

  @Test
  void anInputNamedTwiceIsReadOnce() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), "One story about the port.");
    Path b = Files.writeString(tmp.resolve("b.txt"), "Another story about the harbour.");
    AnalysisResult r = analyse(tmp.resolve("ws"), a.toString(), a.toString(), tmp.toString(), b.toString());
    assertThat(r.articlesAdded()).isEqualTo(2);
    assertThat(articles(tmp.resolve("ws"))).extracting(Article::id).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void aLinkToNothingIsListedWithItsReason() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "One story about the port.");
    Files.createSymbolicLink(corpus.resolve("gone.txt"), corpus.resolve("missing.txt"));
    AnalysisResult r = analyse(tmp.resolve("ws"), corpus.toString());
    assertThat(r.articlesAdded()).isEqualTo(1);
    assertThat(r.skipped()).extracting(SkippedInput::input).contains(corpus.resolve("gone.txt").toString());
  }

  @Test
  void sameFileNameInTwoFoldersGetsTwoIds() throws Exception {
    Files.createDirectories(tmp.resolve("x"));
    Files.createDirectories(tmp.resolve("y"));
    Files.writeString(tmp.resolve("x/story.txt"), "One story.");
    Files.writeString(tmp.resolve("y/story.txt"), "Another story.");
    analyse(tmp.resolve("ws"), tmp.resolve("x").toString(), tmp.resolve("y").toString());
    assertThat(articles(tmp.resolve("ws"))).extracting(Article::id).hasSize(2).contains("story");
  }

  @Test
  void everyStoredArticleHasItsRowsInEveryTable() throws Exception {
    analyse(tmp.resolve("ws"), DEMO.toString());
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(tmp.resolve("ws"));
        Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("""
            SELECT count(*) FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM original_texts o WHERE o.article_id = a.id)
               OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)
               OR NOT EXISTS (SELECT 1 FROM offset_segments s WHERE s.article_id = a.id)""")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
