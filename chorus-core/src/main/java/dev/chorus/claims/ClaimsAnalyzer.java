package dev.chorus.claims;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.model.Sentence;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.timeline.DatedSentence;
import dev.chorus.timeline.TimelineBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Claims and their comparisons in a corpus, from its articles' facts: a pure function, no workspace. The
 * comparisons list conflicts first, then agreements, compatible groups and single-source claims; events dated
 * differently by different articles become date claims and a conflict ({@code rule} {@code different-dates}).
 * With a {@link SentenceEncoder}, the claims' sentences also group what the vocabulary does not know
 * ({@link SimilarSentenceConcepts}).
 */
public final class ClaimsAnalyzer {
  private final ClaimVocabulary vocabulary;
  private final SentenceEncoder encoder;
  private final ClaimExtractor extractor;
  private final ClaimComparer comparer = new ClaimComparer();
  private final TimelineBuilder timeline = new TimelineBuilder();

  public ClaimsAnalyzer(ClaimVocabulary vocabulary) {
    this(vocabulary, null);
  }

  /** @param encoder sentence encoder for grouping what the vocabulary does not know, or null for rules only */
  public ClaimsAnalyzer(ClaimVocabulary vocabulary, SentenceEncoder encoder) {
    this.vocabulary = vocabulary;
    this.encoder = encoder;
    this.extractor = new ClaimExtractor(vocabulary);
  }

  /**
   * As {@link #analyze(List)}, one story at a time: claims of different stories are never compared; the results
   * are concatenated in report order.
   *
   * @param storyOf article id → story id; articles it lacks share one story
   */
  public ClaimsResult analyze(List<ArticleFacts> articles, Map<String, String> storyOf) {
    Map<String, List<ArticleFacts>> byStory = new TreeMap<>();
    for (ArticleFacts a : articles) {
      byStory.computeIfAbsent(storyOf.getOrDefault(a.id(), ""), k -> new ArrayList<>()).add(a);
    }
    if (byStory.size() <= 1) {
      return analyze(articles);
    }
    List<Claim> claims = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    for (List<ArticleFacts> story : byStory.values()) {
      ClaimsResult r = analyze(story);
      claims.addAll(r.claims());
      comparisons.addAll(r.comparisons());
    }
    comparisons.sort(Comparator.comparingInt(ClaimsAnalyzer::rank));
    return new ClaimsResult(claims, comparisons);
  }

  public ClaimsResult analyze(List<ArticleFacts> articles) {
    List<Claim> claims = new ArrayList<>();
    List<DatedSentence> dated = new ArrayList<>();
    Map<String, String> sentences = new HashMap<>();
    for (ArticleFacts a : articles) {
      for (Claim c : extractor.extract(a)) {
        claims.add(c);
        Sentence s = Sentence.containing(a.sentences(), c.span().start());
        if (s != null && s.end() <= a.text().length()) {
          sentences.put(c.id(), a.text().substring(s.start(), s.end()));
        }
      }
      dated.addAll(TimelineBuilder.datedSentences(a));
    }
    if (encoder != null) {
      claims = new ArrayList<>(SimilarSentenceConcepts.apply(claims, sentences, encoder, vocabulary));
    }
    List<Comparison> comparisons = new ArrayList<>(comparer.compare(claims));
    Map<String, DateClaim> dateClaims = new LinkedHashMap<>();
    for (TimelineBuilder.DateConflict c : timeline.dateConflicts(dated, TimelineBuilder.commonWords(articles))) {
      // a sentence in several conflicts is one claim
      DateClaim a = dateClaims.computeIfAbsent(dateClaim(c.a(), c).id(), k -> dateClaim(c.a(), c));
      DateClaim b = dateClaims.computeIfAbsent(dateClaim(c.b(), c).id(), k -> dateClaim(c.b(), c));
      comparisons.add(new Comparison(a.key(), Verdict.CONFLICT, "different-dates", List.of(a.id(), b.id()),
          "different-dates: the same event (shared words " + c.shared() + ") is dated " + a.date() + " in "
              + a.article() + " and " + b.date() + " in " + b.article()));
    }
    claims.addAll(dateClaims.values());
    comparisons.sort(Comparator.comparingInt(ClaimsAnalyzer::rank));
    return new ClaimsResult(claims, comparisons);
  }

  private static int rank(Comparison c) {
    return switch (c.verdict()) {
      case CONFLICT -> 0;
      case AGREE -> 1;
      case COMPATIBLE -> 2;
      case SINGLE_SOURCE -> c.key() == null ? 4 : 3;
    };
  }

  private static DateClaim dateClaim(DatedSentence d, TimelineBuilder.DateConflict c) {
    return new DateClaim(d.article() + "#" + d.time().span().start(), d.sentence(), d.time().text(), d.time().value(),
        "date|" + String.join(",", c.shared()));
  }
}
