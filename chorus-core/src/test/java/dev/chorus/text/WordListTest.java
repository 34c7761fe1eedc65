package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListTest {
  @Test
  void skipsCommentsAndBlankLines() {
    assertThat(StopWords.ENGLISH).contains("the", "said", "according").noneMatch(w -> w.startsWith("#") || w.isBlank());
  }

  @Test
  void missingListFailsNamingIt() {
    assertThatThrownBy(() -> WordList.load(WordListTest.class, "no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("dev/chorus/text/no-such-list.txt");
  }

  @Test
  void stopListHoldsNoWordsOfAnEvaluationCorpus() {
    // Reuters-21578's house abbreviations and name: the stories benchmark's own corpus
    assertThat(StopWords.ENGLISH).doesNotContain("reuters", "mln", "dlrs", "pct", "cts", "shr", "vs");
  }

  @Test
  void everyBundledWordListSaysWhereItCameFrom() throws IOException, URISyntaxException {
    // the main classes' resources, not the test fixtures beside this test
    Path root = Path.of(StopWords.class.getResource("stop-words-en.txt").toURI()).getParent().getParent();
    List<Path> lists;
    try (Stream<Path> files = Files.walk(root)) {
      lists = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tsv")).toList();
    }
    assertThat(lists).isNotEmpty();
    for (Path p : lists) {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      assertThat(lines).as(p.toString()).isNotEmpty();
      assertThat(lines.get(0)).as(p + " opens with a comment giving its origin").startsWith("#");
    }
  }
}
