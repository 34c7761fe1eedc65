package dev.chorus.reuse;

import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.List;

/** The corpus's comparable sentences in one numbering: article index and sentence for each global index. */
final class SentenceTable {
  private final int[] docOf;
  private final Sentence[] sentences;
  private final int[] firstOfDoc;

  private SentenceTable(int[] docOf, Sentence[] sentences, int[] firstOfDoc) {
    this.docOf = docOf;
    this.sentences = sentences;
    this.firstOfDoc = firstOfDoc;
  }

  /** Sentences with at least {@code minWords} words and offsets inside their text; others are left out. */
  static SentenceTable of(List<ReuseDocument> docs, int minWords) {
    List<Integer> doc = new ArrayList<>();
    List<Sentence> kept = new ArrayList<>();
    int[] first = new int[docs.size() + 1];
    for (int d = 0; d < docs.size(); d++) {
      first[d] = kept.size();
      String text = docs.get(d).text();
      for (Sentence s : docs.get(d).sentences()) {
        if (s.start() < 0 || s.end() > text.length() || s.end() <= s.start()) {
          continue;
        }
        if (WordTokens.of(text.substring(s.start(), s.end())).size() >= minWords) {
          doc.add(d);
          kept.add(s);
        }
      }
    }
    first[docs.size()] = kept.size();
    return new SentenceTable(doc.stream().mapToInt(Integer::intValue).toArray(), kept.toArray(new Sentence[0]), first);
  }

  int size() {
    return sentences.length;
  }

  int[] docOf() {
    return docOf.clone();
  }

  int doc(int i) {
    return docOf[i];
  }

  Sentence sentence(int i) {
    return sentences[i];
  }

  int countIn(int doc) {
    return firstOfDoc[doc + 1] - firstOfDoc[doc];
  }

  String text(List<ReuseDocument> docs, int i) {
    return docs.get(docOf[i]).text().substring(sentences[i].start(), sentences[i].end());
  }

  Span span(List<ReuseDocument> docs, int i) {
    return new Span(docs.get(docOf[i]).id(), sentences[i].start(), sentences[i].end());
  }

  /** Sentences of {@code doc} lying at least half inside {@code [start, end)}. */
  List<Integer> within(int doc, int start, int end) {
    List<Integer> out = new ArrayList<>();
    for (int i = firstOfDoc[doc]; i < firstOfDoc[doc + 1]; i++) {
      Sentence s = sentences[i];
      int overlap = Math.min(end, s.end()) - Math.max(start, s.start());
      if (overlap > 0 && overlap * 2 >= s.end() - s.start()) {
        out.add(i);
      }
    }
    return out;
  }
}
