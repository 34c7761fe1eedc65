package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.Token;
import java.util.List;

/** Where an offset of the text falls among a document's tokens and sentences. */
final class DocPositions {
  private final NlpDocument doc;

  DocPositions(NlpDocument doc) {
    this.doc = doc;
  }

  int firstTokenFrom(int offset) {
    List<Token> ts = doc.tokens();
    int lo = 0;
    int hi = ts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ts.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int sentenceIndexAt(int offset) {
    List<NlpDocument.Sentence> ss = doc.sentences();
    for (int k = 0; k < ss.size(); k++) {
      if (ss.get(k).end() > offset) {
        return k;
      }
    }
    return ss.size() - 1;
  }

  int sentenceStart(int offset) {
    int k = sentenceIndexAt(offset);
    return k < 0 ? 0 : Math.min(offset, doc.sentences().get(k).start());
  }

  int sentenceEndToken(int offset) {
    int k = sentenceIndexAt(offset);
    return k < 0 ? doc.tokens().size() : doc.sentences().get(k).endToken();
  }
}
