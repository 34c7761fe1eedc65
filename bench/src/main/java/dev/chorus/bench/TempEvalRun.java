package dev.chorus.bench;

import dev.chorus.annotate.AnnotateStage;
import dev.chorus.annotate.NlpBackend;
import dev.chorus.annotate.NlpDocument;
import dev.chorus.model.Article;
import dev.chorus.model.TimeExpression;
import dev.chorus.nlp.corenlp.CoreNlpBackend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores, in one pass over TimeML documents, Chorus's time expressions (the whole annotate stage, with the
 * document creation time as the article's publication date) and SUTime's alone (CoreNLP's DATE, TIME, DURATION
 * and SET mentions with their TIMEX3 values, from the very same CoreNLP annotation with the same document date).
 */
final class TempEvalRun {
  final TimexScorer.Report chorus = new TimexScorer.Report();
  final TimexScorer.Report sutime = new TimexScorer.Report();
  int documents;
  int characters;

  /** Hands the stage CoreNLP's annotation and keeps it, so SUTime's output is read from the same pass. */
  private static final class RecordingBackend implements NlpBackend {
    private final NlpBackend delegate;
    NlpDocument last;

    RecordingBackend(NlpBackend delegate) {
      this.delegate = delegate;
    }

    @Override
    public NlpDocument annotate(String text, LocalDate documentDate) {
      last = delegate.annotate(text, documentDate);
      return last;
    }

    @Override
    public String name() {
      return delegate.name();
    }
  }

  static TempEvalRun score(List<TimeMlCorpus.Doc> docs, boolean errors) {
    TempEvalRun run = new TempEvalRun();
    if (errors) {
      run.chorus.all.errors = new ArrayList<>();
      run.sutime.all.errors = new ArrayList<>();
    }
    RecordingBackend backend = new RecordingBackend(new CoreNlpBackend());
    AnnotateStage stage = new AnnotateStage(backend);
    for (TimeMlCorpus.Doc d : docs) {
      Article a = Article.ingested(d.name(), d.name(), "timeml", null, null, null,
          d.dct() == null ? null : d.dct().toString(), "dct", "en", null, d.text())
          .withCleanText(d.text(), List.of(), null, null);
      backend.last = null;
      Article out = stage.process(a);
      List<TimexScorer.Timex> gold = new ArrayList<>();
      for (TimeMlCorpus.Timex g : d.gold()) {
        gold.add(new TimexScorer.Timex(g.start(), g.end(), g.type(), g.value()));
      }
      run.chorus.all.document = d.name() + "\t" + d.dct() + "\t";
      run.sutime.all.document = run.chorus.all.document;
      run.chorus.add(gold, chorusTimexes(out), d.text());
      run.sutime.add(gold, backend.last == null ? List.of() : sutimeTimexes(backend.last), d.text());
      run.documents++;
      run.characters += d.text().length();
    }
    return run;
  }

  static List<TimexScorer.Timex> chorusTimexes(Article a) {
    List<TimexScorer.Timex> out = new ArrayList<>();
    for (TimeExpression t : a.annotations().times()) {
      out.add(new TimexScorer.Timex(t.span().start(), t.span().end(), t.type(), t.timex()));
    }
    return out;
  }

  static List<TimexScorer.Timex> sutimeTimexes(NlpDocument doc) {
    List<TimexScorer.Timex> out = new ArrayList<>();
    for (NlpDocument.NlpMention m : doc.mentions()) {
      if (m.timexType() != null) {
        out.add(new TimexScorer.Timex(m.start(), m.end(), m.timexType(), m.timexValue()));
      }
    }
    return out;
  }
}
