package dev.chorus.bench;

import dev.chorus.annotate.AnnotateStage;
import dev.chorus.bench.PolnearCorpus.Doc;
import dev.chorus.bench.PolnearCorpus.Range;
import dev.chorus.bench.QuoteScorer.Predicted;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.nlp.corenlp.CoreNlpBackend;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;

/**
 * Scores, over PolNeAR documents, Chorus's quotes and speakers (the whole annotate stage on the CoreNLP backend,
 * as the product runs it) and, when asked, CoreNLP 4.5.10's own {@code quote} annotator with attribution on the
 * same texts.
 *
 * <p>CoreNLP's configuration: the backend's annotators ({@code tokenize,ssplit,pos,lemma,ner}, same options but
 * invertible tokens, which the quote annotator needs), then
 * {@link QuoteAnnotator} with {@code quote.attributeQuotes=true} and {@code quote.attribution.useCoref=false}.
 * Its attribution requires a {@code CorefChainAnnotation} and throws without one even with {@code useCoref=false},
 * so the run gives it an empty chain map. Full coreference ({@code depparse,coref}) was measured on one dev
 * article: the same speakers, 2× the time there, and ~220 tokens/s and 6 GB in general (DEPENDENCIES.md), so
 * the lighter configuration is the one compared. The attribution parses dependencies itself either way.
 */
final class QuoteRun {
  final QuoteScorer.Counts chorus = new QuoteScorer.Counts();
  final QuoteScorer.Counts corenlp = new QuoteScorer.Counts();
  int documents;
  double chorusSeconds;
  double corenlpSeconds;

  static QuoteRun score(List<Doc> docs, boolean withCoreNlp, boolean errors) {
    QuoteRun run = new QuoteRun();
    if (errors) {
      run.chorus.errors = new ArrayList<>();
      run.corenlp.errors = new ArrayList<>();
    }
    AnnotateStage stage = new AnnotateStage(new CoreNlpBackend());
    QuoteAnnotator quotes = withCoreNlp ? coreNlpQuotes() : null;
    for (Doc d : docs) {
      long t0 = System.nanoTime();
      Article a = Article.ingested(d.name(), d.name(), "polnear", null, null, null, null, null, "en", null, d.text())
          .withCleanText(d.text(), List.of(), null, null);
      Article out = stage.process(a);
      run.chorusSeconds += (System.nanoTime() - t0) / 1e9;
      QuoteScorer.add(run.chorus, d, chorusQuotes(out));
      if (quotes != null) {
        long t1 = System.nanoTime();
        List<Predicted> p = coreNlpQuotes(quotes, d.text());
        run.corenlpSeconds += (System.nanoTime() - t1) / 1e9;
        QuoteScorer.add(run.corenlp, d, p);
      }
      run.documents++;
    }
    return run;
  }

  static List<Predicted> chorusQuotes(Article a) {
    List<Predicted> out = new ArrayList<>();
    if (a.annotations() == null) {
      return out;
    }
    for (Quote q : a.annotations().quotes()) {
      List<String> texts = q.speaker() == null ? List.of() : List.of(q.speaker());
      List<Range> spans = q.speakerSpan() == null ? List.of()
          : List.of(new Range(q.speakerSpan().start(), q.speakerSpan().end()));
      out.add(new Predicted(new Range(q.span().start(), q.span().end()), texts, spans));
    }
    return out;
  }

  /**
   * The backend's annotators and options, but with invertible tokens: the quote annotator rebuilds the text from
   * each token's original text and fails on the backend's ({@code invertible=false}) tokens.
   */
  private static final class BarePipeline {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());

    private static Properties properties() {
      Properties p = CoreNlpBackend.properties();
      p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
      return p;
    }
  }

  private static QuoteAnnotator coreNlpQuotes() {
    Properties p = new Properties();
    p.setProperty("quote.attributeQuotes", "true");
    p.setProperty("quote.attribution.useCoref", "false");
    p.setProperty("quote.attribution.verbose", "false");
    return new QuoteAnnotator("quote", p, false);
  }

  static List<Predicted> coreNlpQuotes(QuoteAnnotator quotes, String text) {
    Annotation doc = new Annotation(text);
    BarePipeline.PIPELINE.annotate(doc);
    doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
    quotes.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<Predicted> out = new ArrayList<>();
    List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
      int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + 1;
      int end = Math.max(begin, q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - 1);
      List<String> texts = new ArrayList<>();
      List<Range> spans = new ArrayList<>();
      String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
      Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      if (speaker != null) {
        texts.add(speaker);
      }
      if (mention != null) {
        texts.add(mention);
      }
      if (mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me) {
        spans.add(new Range(tokens.get(mb).beginPosition(), tokens.get(me).endPosition()));
      }
      out.add(new Predicted(new Range(begin, end), texts, spans));
    }
    return out;
  }
}
