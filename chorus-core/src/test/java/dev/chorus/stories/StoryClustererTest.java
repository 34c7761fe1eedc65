package dev.chorus.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  @Test
  void thresholdSeparatesDifferentEventsFromSameEventNeighbours() throws Exception {
    List<StoryDocument> docs = mixed();
    Map<String, String> event = events();
    double[][] s = StoryClusterer.similarities(docs);
    double maxCross = 0;
    double minNearestSame = 1;
    for (int i = 0; i < docs.size(); i++) {
      double nearestSame = -1;
      for (int j = 0; j < docs.size(); j++) {
        if (i == j) {
          continue;
        }
        if (event.get(docs.get(i).id()).equals(event.get(docs.get(j).id()))) {
          nearestSame = Math.max(nearestSame, s[i][j]);
        } else {
          maxCross = Math.max(maxCross, s[i][j]);
        }
      }
      if (nearestSame >= 0) {
        minNearestSame = Math.min(minNearestSame, nearestSame);
      }
    }
    assertThat(maxCross).isLessThan(StoryClusterer.DEFAULT_THRESHOLD);
    assertThat(minNearestSame).isGreaterThanOrEqualTo(StoryClusterer.DEFAULT_THRESHOLD);
  }

  @Test
  void mixedPileSplitsIntoItsEvents() throws Exception {
    Map<String, String> event = events();
    Set<Set<String>> expected = new HashSet<>();
    Map<String, Set<String>> byEvent = new HashMap<>();
    event.forEach((id, e) -> byEvent.computeIfAbsent(e, k -> new HashSet<>()).add(id));
    expected.addAll(byEvent.values());
    Set<Set<String>> actual = new HashSet<>();
    for (Story s : new StoryClusterer().cluster(mixed())) {
      actual.add(new HashSet<>(s.articles()));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void demoCorpusAloneIsOneStory() throws Exception {
    List<Story> stories = new StoryClusterer().cluster(StoryFixtures.demoDocs());
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).articles()).hasSize(5);
  }

  @Test
  void demoStoryIsTheLargestAndLabelledWithItsNames() throws Exception {
    Story first = new StoryClusterer().cluster(mixed()).get(0);
    assertThat(first.id()).isEqualTo("story-1");
    assertThat(first.articles()).allMatch(id -> !id.startsWith("reuters-"));
    assertThat(first.label()).contains("kazakhstan");
  }

  @Test
  void articlesWithoutContentWordsAreStoriesOfTheirOwn() {
    List<Story> stories = new StoryClusterer().cluster(List.of(new StoryDocument("a", ""),
        new StoryDocument("b", "!!! 42 ..."), new StoryDocument("c", null)));
    assertThat(stories).extracting(Story::articles).containsExactly(List.of("a"), List.of("b"), List.of("c"));
    assertThat(stories).extracting(Story::label).containsOnly("");
  }

  @Test
  void functionWordsAloneDoNotJoinArticles() {
    List<Story> stories = new StoryClusterer().cluster(List.of(
        new StoryDocument("a", "The farmers said that the harvest of wheat was poor and they would sell less."),
        new StoryDocument("b", "The bank said that the rate of interest was high and they would lend less.")));
    assertThat(stories).hasSize(2);
  }

  @Test
  void everyArticleIsInExactlyOneStory() throws Exception {
    List<StoryDocument> docs = mixed();
    List<String> all = new ArrayList<>();
    for (Story s : new StoryClusterer().cluster(docs)) {
      all.addAll(s.articles());
    }
    assertThat(all).hasSize(docs.size()).doesNotHaveDuplicates();
  }

  static List<StoryDocument> mixed() throws Exception {
    List<StoryDocument> docs = new ArrayList<>(StoryFixtures.demoDocs());
    docs.addAll(StoryFixtures.reutersDocs());
    return docs;
  }

  static Map<String, String> events() throws Exception {
    Map<String, String> event = new HashMap<>(StoryFixtures.reutersEvents());
    for (StoryDocument d : StoryFixtures.demoDocs()) {
      event.put(d.id(), StoryFixtures.DEMO_EVENT);
    }
    return event;
  }
}
