package dev.chorus.nlp.corenlp;

import dev.chorus.annotate.NlpBackend;
import dev.chorus.annotate.NlpDocument;
import dev.chorus.annotate.NlpDocument.NlpMention;
import dev.chorus.annotate.NlpDocument.Sentence;
import dev.chorus.annotate.NlpDocument.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Stanford CoreNLP 4.5.10 behind {@link NlpBackend}: {@code tokenize,ssplit,pos,lemma,ner} with coarse NER
 * (fine-grained NER costs 2.5× the time and 2–3 GB for labels we do not use; see DEPENDENCIES.md). The models load
 * once per JVM, on first use; {@link StanfordCoreNLP#annotate} is thread-safe, so one instance serves every worker.
 */
public final class CoreNlpBackend implements NlpBackend {
  public static final String VERSION = "4.5.10";

  /** The annotators and options Chorus runs (a fresh copy: a benchmark may change one option for a peer). */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    // headline, captions and body are separate lines: never merge them into one sentence
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.options", "invertible=false,untokenizable=noneDelete");
    return p;
  }

  /** Lazy holder: the JVM loads the models the first time {@link #pipeline()} is asked for, once. */
  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());
  }

  /** The shared CoreNLP pipeline (loads the models on first call); benchmarks compare against it bare. */
  public static StanfordCoreNLP pipeline() {
    return Holder.PIPELINE;
  }

  @Override
  public String name() {
    return "corenlp-" + VERSION;
  }

  @Override
  public NlpDocument annotate(String text, LocalDate documentDate) {
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline().annotate(doc);
    return convert(doc, text.length());
  }

  /** CoreNLP's annotation map as Chorus's typed document; offsets are clamped to the text. */
  static NlpDocument convert(Annotation doc, int length) {
    List<Token> tokens = new ArrayList<>();
    Map<CoreLabel, Integer> index = new IdentityHashMap<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NlpMention> mentions = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        index.put(t, tokens.size());
        int start = clamp(t.beginPosition(), length);
        tokens.add(new Token(start, Math.max(start, clamp(t.endPosition(), length)), t.word(), t.tag(), t.lemma(),
            t.ner() == null ? "O" : t.ner()));
      }
      if (tokens.size() > first) {
        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first,
            tokens.size()));
      }
      List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
      if (ms == null) {
        continue;
      }
      for (CoreMap m : ms) {
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        if (mt == null || mt.isEmpty() || !index.containsKey(mt.get(0))) {
          continue;
        }
        int firstToken = index.get(mt.get(0));
        int endToken = index.getOrDefault(mt.get(mt.size() - 1), firstToken) + 1;
        Token a = tokens.get(firstToken);
        Token b = tokens.get(endToken - 1);
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        mentions.add(new NlpMention(a.start(), b.end(), firstToken, endToken,
            m.get(CoreAnnotations.EntityTypeAnnotation.class),
            m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
            timex == null ? null : timex.timexType(), timex == null ? null : timex.value()));
      }
    }
    return new NlpDocument(tokens, sentences, mentions);
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }
}
