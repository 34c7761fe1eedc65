package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.NlpDocument.NlpMention;
import dev.chorus.annotate.NlpDocument.Sentence;
import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.Annotations;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnnotateStageTest {
  /** Splits at spaces; capitalised words are people, digits are numbers and four digits are years. */
  private static final NlpBackend NAIVE = new NlpBackend() {
    @Override
    public NlpDocument annotate(String text, LocalDate documentDate) {
      List<Token> tokens = new ArrayList<>();
      List<NlpMention> mentions = new ArrayList<>();
      Matcher m = Pattern.compile("\\S+").matcher(text);
      while (m.find()) {
        String w = m.group();
        int i = tokens.size();
        tokens.add(new Token(m.start(), m.end(), w, Character.isDigit(w.charAt(0)) ? "CD" : "NN", w, "O"));
        if (Character.isUpperCase(w.charAt(0))) {
          mentions.add(new NlpMention(m.start(), m.end(), i, i + 1, "PERSON", null, null, null));
        } else if (w.matches("\\d{4}")) {
          mentions.add(new NlpMention(m.start(), m.end(), i, i + 1, "DATE", w, "DATE", w));
        } else if (w.matches("\\d+")) {
          mentions.add(new NlpMention(m.start(), m.end(), i, i + 1, "NUMBER", w + ".0", null, null));
        }
      }
      List<Sentence> sentences = tokens.isEmpty() ? List.of()
          : List.of(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), 0, tokens.size()));
      return new NlpDocument(tokens, sentences, mentions);
    }

    @Override
    public String name() {
      return "naive";
    }
  };

  private static Article article(String text) {
    return Article.ingested("a", "a.txt", "txt", null, null, null, null, null, "en", null, text)
        .withCleanText(text, List.of(), OffsetMap.identity(text.length()), "h");
  }

  @Test
  void leavesAnEmptyArticleUnannotated() {
    assertThat(new AnnotateStage(NAIVE).process(article("")).annotations()).isSameAs(Annotations.none());
  }

  @Test
  void keepsEverySpanInsideTheTextOnRandomInput() {
    AnnotateStage stage = new AnnotateStage(NAIVE);
    Random r = new Random(7);
    String[] words = {"Tokayev", "said", "“", "”", "«", "»", "\"", "'", "2022", "12", "one-sided", "\n", "©", ".",
        ",", ":", "he", "the", "agency", "January"};
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      Annotations an = stage.process(article(text)).annotations();
      List<Span> spans = new ArrayList<>(an.scareQuotes());
      an.mentions().forEach(m -> spans.add(m.span()));
      an.quotes().forEach(q -> spans.add(q.span()));
      an.times().forEach(t -> spans.add(t.span()));
      an.numbers().forEach(x -> spans.add(x.span()));
      for (Span s : spans) {
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
      }
    }
  }
}
