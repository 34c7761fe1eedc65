package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseAnalyzerTest {
  private static final String S1 = "Security forces fight armed terrorists and not peaceful protesters in the cities.";
  private static final String S2 = "The attackers were trained abroad and had combat experience in other conflicts.";
  private static final String S3 = "Peacekeepers from allied countries will leave once the situation is stable again.";
  private static final String COCOA = "Showers continued throughout the week in the Bahia cocoa zone this season.";

  private final ReuseAnalyzer analyzer = new ReuseAnalyzer(ReuseConfig.defaults(), new BagOfWordsEncoder());

  @Test
  void linksAWholeCopyAsDuplicate() {
    String text = S1 + " " + S2 + " " + S3;
    ReuseResult r = analyzer.analyze(List.of(doc("a", "x", null, text), doc("b", "y", null, text)));
    assertThat(r.links()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(ReuseLink.DUPLICATE);
      assertThat(l.score()).isEqualTo(1.0);
    });
    assertThat(r.duplicateClusters()).containsExactly(List.of("a", "b"));
  }

  @Test
  void linksSentencesReorderedAsParaphrase() {
    ReuseResult r = analyzer.analyze(List.of(
        doc("a", "x", null, S1 + " " + S2 + " " + S3 + " " + COCOA),
        doc("b", "y", null, reword(S3) + " " + reword(S1) + " " + reword(S2))));
    assertThat(r.links()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(ReuseLink.PARAPHRASE);
      assertThat(l.passages()).hasSize(3);
    });
  }

  @Test
  void directionFollowsPublicationDates() {
    String text = S1 + " " + S2 + " " + S3;
    ReuseResult r = analyzer.analyze(List.of(doc("a", "x", "2022-01-09", text), doc("b", "y", "2022-01-07", text)));
    assertThat(r.links().get(0).earlier()).isEqualTo("b");
    assertThat(r.talkingPoints()).allSatisfy(t -> assertThat(t.first()).isEqualTo("b"));
  }

  @Test
  void directionIsUndeterminedWithoutDates() {
    String text = S1 + " " + S2 + " " + S3;
    ReuseResult r = analyzer.analyze(List.of(doc("a", "x", "2022-01-09", text), doc("b", "y", null, text)));
    assertThat(r.links().get(0).earlier()).isEqualTo(Direction.UNDETERMINED);
  }

  @Test
  void articlesOfTheSameDayAreSameDayNotOnePicked() {
    String text = S1 + " " + S2 + " " + S3;
    ReuseResult r = analyzer.analyze(List.of(doc("a", "x", "2022-01-07", text), doc("b", "y", "2022-01-07", text)));
    assertThat(r.links().get(0).earlier()).isEqualTo(Direction.SAME_DAY);
    assertThat(r.talkingPoints()).isNotEmpty().allSatisfy(t -> assertThat(t.first()).isEqualTo(Direction.SAME_DAY));
  }

  @Test
  void talkingPointsNeedTwoSources() {
    List<ReuseDocument> oneSource = List.of(doc("a", "same", null, S1 + " " + COCOA),
        doc("b", "same", null, reword(S1)));
    assertThat(analyzer.analyze(oneSource).talkingPoints()).isEmpty();
    List<ReuseDocument> twoSources = List.of(doc("a", "one", null, S1 + " " + COCOA),
        doc("b", "two", null, reword(S1)), doc("c", "three", null, reword(S1)));
    List<TalkingPoint> points = analyzer.analyze(twoSources).talkingPoints();
    assertThat(points).singleElement().satisfies(t -> {
      assertThat(t.articles()).containsExactly("a", "b", "c");
      assertThat(t.members()).hasSize(3);
      assertThat(t.id()).isEqualTo("tp-1");
    });
  }

  @Test
  void talkingPointsNeverSpanTwoStoriesButLinksStillDo() {
    String text = S1 + " " + S2;
    List<ReuseDocument> docs = List.of(doc("a", "x", null, text), doc("b", "y", null, text));
    assertThat(analyzer.analyze(docs, java.util.Map.of("a", "story-1", "b", "story-1")).talkingPoints()).isNotEmpty();
    ReuseResult split = analyzer.analyze(docs, java.util.Map.of("a", "story-1", "b", "story-2"));
    assertThat(split.talkingPoints()).isEmpty();
    assertThat(split.links()).hasSize(1);
  }

  @Test
  void articlesWithoutSourceCountAsTheirOwnSource() {
    List<TalkingPoint> points = analyzer.analyze(List.of(doc("a", null, null, S1), doc("b", null, null, reword(S1))))
        .talkingPoints();
    assertThat(points).hasSize(1);
  }

  @Test
  void skipsPairsFromOneSourceWhenAsked() {
    String text = S1 + " " + S2 + " " + S3;
    ReuseAnalyzer skipping = new ReuseAnalyzer(ReuseConfig.defaults().withSkipSameSource(true), new BagOfWordsEncoder());
    assertThat(skipping.analyze(List.of(doc("a", "x", null, text), doc("b", "x", null, text))).links()).isEmpty();
  }

  @Test
  void unrelatedArticlesAreNotLinked() {
    ReuseResult r = analyzer.analyze(List.of(doc("a", "x", null, S1 + " " + S2), doc("b", "y", null, COCOA)));
    assertThat(r.links()).isEmpty();
    assertThat(r.talkingPoints()).isEmpty();
  }

  @Test
  void worksWithoutAnEncoderOnVerbatimReuse() {
    String shared = S1 + " " + S2 + " " + S3;
    ReuseResult r = new ReuseAnalyzer(ReuseConfig.defaults(), null).analyze(List.of(
        doc("a", "x", null, "Some intro about other matters entirely here. " + shared + " " + COCOA
            + " More cocoa news, grain news and shipping news follow in this long bulletin of the day."),
        doc("b", "y", null, shared)));
    assertThat(r.links()).singleElement().satisfies(l -> assertThat(l.kind()).isEqualTo(ReuseLink.VERBATIM));
    assertThat(r.talkingPoints()).hasSize(3);
  }

  @Test
  void emptyAndGarbageDocumentsFindNothing() {
    assertThat(analyzer.analyze(List.of()).links()).isEmpty();
    ReuseResult r = analyzer.analyze(List.of(doc("a", null, "not a date", ""), doc("b", null, null, "\u0000\uD800!!"),
        new ReuseDocument("c", null, null, "short", List.of(new Sentence(0, 3, 99, 0)))));
    assertThat(r.links()).isEmpty();
    assertThat(r.talkingPoints()).isEmpty();
  }

  @Test
  void randomDocumentsGiveOnlyValidSpans() {
    java.util.Random r = new java.util.Random(11);
    List<ReuseDocument> docs = new ArrayList<>();
    for (int d = 0; d < 12; d++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 200; w++) {
        sb.append(List.of("the", "forces", "fight", "terrorists", "peaceful", "protest", "¶", "«", "\u0000")
            .get(r.nextInt(9))).append(r.nextInt(10) == 0 ? ". " : " ");
      }
      docs.add(doc("d" + d, "s" + (d % 3), r.nextBoolean() ? "2022-01-0" + (1 + r.nextInt(9)) : null, sb.toString()));
    }
    ReuseResult result = analyzer.analyze(docs);
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    docs.forEach(d -> texts.put(d.id(), d.text()));
    for (ReuseLink l : result.links()) {
      assertThat(l.a()).isLessThan(l.b());
      for (Passage p : l.passages()) {
        assertThat(p.aEnd()).isLessThanOrEqualTo(texts.get(l.a()).length());
        assertThat(p.bEnd()).isLessThanOrEqualTo(texts.get(l.b()).length());
      }
    }
    for (TalkingPoint t : result.talkingPoints()) {
      assertThat(t.members()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(texts.get(m.article()).length()));
    }
  }

  /** Same words, other order: the stand-in encoder sees a paraphrase, the passage aligner does not. */
  private static String reword(String s) {
    String[] w = s.replace(".", "").split(" ");
    List<String> out = new ArrayList<>();
    for (int i = w.length - 1; i >= 0; i--) {
      out.add(w[i]);
    }
    return String.join(" ", out) + ".";
  }

  /** A document whose sentences are split at ". ". */
  static ReuseDocument doc(String id, String source, String published, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int idx = 0;
    while (start < text.length()) {
      int dot = text.indexOf(". ", start);
      int end = dot < 0 ? text.length() : dot + 1;
      sentences.add(new Sentence(idx++, start, end, 0));
      start = end + 1;
    }
    return new ReuseDocument(id, source, published, text, sentences);
  }
}
