package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the speaker of a quote from cue words around it. Hand-written: CoreNLP 4.5.10's quote attribution needs
 * coreference (8× slower, 6 GB) and still missed organisation speakers on the bundled corpus; on PolNeAR dev it
 * names fewer speakers right than these rules (docs/benchmarks.md, bench/QuoteBenchmark).
 *
 * <p>Cues, in order: (0) a transcript's capitals label opening the quote ("PENCE: …"); (1) a speech verb right
 * after the closing mark ("…,» the agency said", "…," said Lebedev), or a name after a dash ("…” ― Carla
 * Sanchez"), reading on into the next sentence when the quote ends its own on the same line or its line ends
 * without a full stop (hard-wrapped wire text); (2) a speech verb, "according to" or a colon before the opening
 * mark in the same sentence ("Lebedev said: “…”"), past auxiliaries, brackets and appositions ("Brian Fallon, the
 * campaign’s press secretary, noted"), a participle clause taking its sentence's subject; (2b) the cue of the next
 * sentence when that sentence opens a quote right after it; (2c) the previous quote's speaker when this quote goes
 * on in the same paragraph ("…,” he said. “…”); (3) as (2) in the sentences just before the quote ("X published a
 * commentary. “…"); (4) the speaker of the previous quote nearby. Verbs inside other quotes are never cues. Short
 * quoted phrases take only cues of their own sentence ({@link #inSentence}). The speaker's noun phrase is read off
 * part-of-speech tags; "he" and "she" stand for the subject of the nearest sentence before with a compatible person
 * (see {@code antecedent}), "it" and "they" for the nearest organisation, and a description ("the foreign
 * ministry", "the agency") for the nearest named organisation or person it fits, kept as written.
 */
public final class SpeakerFinder {
  /**
   * How many tokens after a closing mark a speech verb may come ("…,» Kazakhstan’s Ministry of Foreign Affairs
   * stated"); 10 missed "…,” Scott Pruitt, the Republican attorney general of Oklahoma, said" (PolNeAR dev).
   */
  private static final int AFTER_WINDOW = 16;
  /** Lines this short without a full stop are headlines ("China supports “measures taken against terrorism”"). */
  private static final int HEADLINE_WORDS = 12;
  /** How many auxiliaries and adverbs may stand between a speaker and the verb ("has also repeatedly said"). */
  private static final int AUXILIARY_TOKENS = 4;
  /** How many tokens an apposition or a bracket after a name may have ("(R-IN)", ", a historian who …,"). */
  private static final int APPOSITION_TOKENS = 20;
  /** A speaker label in capitals before a colon, as transcripts give it ("PENCE:", "MR. TRUMP:"). */
  private static final Pattern TRANSCRIPT_LABEL = Pattern.compile("(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)?):\\s");
  /** How far back (characters) the previous quote's speaker still counts. */
  private static final int CARRY_OVER = 600;

  /** A speaker: as written, and the span of the name it stands for (or of the words themselves). */
  public record Speaker(String text, int start, int end) {}

  private final NlpDocument doc;
  private final String text;
  private final List<Mention> mentions;
  private final DocPositions positions;
  private final PronounAntecedents antecedents;
  private final SpeakerPhrases phrases;

  public SpeakerFinder(NlpDocument doc, String text, List<Mention> mentions) {
    this.doc = doc;
    this.text = text;
    this.mentions = mentions;
    this.positions = new DocPositions(doc);
    this.antecedents = new PronounAntecedents(doc, text, mentions, positions);
    this.phrases = new SpeakerPhrases(doc, text, mentions, antecedents);
  }




  /** The speaker of a quote whose marks are at {@code openMark} and {@code closeMark}, or null. */
  public Speaker find(int openMark, int closeMark, Speaker previous, int previousEnd) {
    Speaker label = transcriptLabel(openMark);
    if (label != null) {
      return label;
    }
    Speaker s = after(closeMark);
    if (s == null) {
      s = before(openMark, positions.sentenceStart(openMark));
    }
    if (s == null && isHeadline(openMark)) {
      return null; // a headline's quote has its cue on its own line or none: context before it is another story
    }
    if (s == null) {
      s = nextSentenceLeadIn(closeMark);
    }
    if (s == null && previous != null && previousEnd >= 0 && previousEnd <= openMark
        && text.substring(previousEnd, openMark).indexOf('\n') < 0) {
      s = previous; // "…,” he said. “…": a quote that goes on in the same paragraph keeps its speaker
    }
    if (s == null) {
      int sentence = positions.sentenceIndexAt(openMark);
      for (int k = sentence - 1; k >= 0 && k >= sentence - 3 && s == null; k--) {
        NlpDocument.Sentence prev = doc.sentences().get(k);
        s = before(prev.end(), prev.start());
      }
    }
    if (s == null && previous != null && openMark - previousEnd <= CARRY_OVER) {
      s = previous;
    }
    return s;
  }

  /**
   * A transcript's speaker label at the start of the quote ("\"PENCE: Well, look, …"): the label as written, its
   * span that of the person it names when one is named with that surname.
   */
  private Speaker transcriptLabel(int openMark) {
    Matcher m = TRANSCRIPT_LABEL.matcher(text).region(Math.min(openMark + 1, text.length()), text.length());
    if (!m.lookingAt()) {
      return null;
    }
    String label = m.group(1);
    String surname = Honorifics.surname(label);
    for (Mention named : mentions) {
      if (named.type() == EntityType.PERSON && Honorifics.surname(named.text()).equals(surname)) {
        return new Speaker(label, named.span().start(), named.span().end());
      }
    }
    return new Speaker(label, m.start(1), m.end(1));
  }

  /**
   * The speaker of a short quoted phrase, or null for a scare quote: only a cue and a source in the phrase's own
   * sentence attribute it ("Tokayev said that order was “largely restored”").
   */
  public Speaker inSentence(int openMark, int closeMark) {
    Speaker s = after(closeMark);
    return s != null ? s : before(openMark, positions.sentenceStart(openMark));
  }

  /**
   * As {@link #inSentence}, and a short quoted sentence ("Neither do I.") in the paragraph of the previous quote
   * continues that quote's speaker: a whole sentence in quotation marks is speech, not a scare quote.
   */
  public Speaker inSentence(int openMark, int closeMark, Speaker previous, int previousEnd) {
    Speaker s = inSentence(openMark, closeMark);
    if (s == null && previous != null && previousEnd >= 0 && previousEnd <= openMark
        && text.substring(previousEnd, openMark).indexOf('\n') < 0 && endsStatement(closeMark)) {
      s = previous;
    }
    return s;
  }

  /** A short line without a full stop: a headline or subheading. */
  private boolean isHeadline(int offset) {
    int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int to = text.indexOf('\n', offset);
    String line = text.substring(from, to < 0 ? text.length() : to).strip();
    return QuoteFinder.wordCount(line) <= HEADLINE_WORDS && !line.contains(". ") && !line.endsWith(".");
  }

  /**
   * A quote without a cue, followed in the same paragraph by a sentence that opens a quote after a cue ("Kazakhstan
   * “is adopting measures”. China's spokesman Wang Wenbin said, “supports all its efforts”"): the same speaker.
   */
  private Speaker nextSentenceLeadIn(int closeMark) {
    int k = positions.sentenceIndexAt(closeMark);
    if (k < 0 || k + 1 >= doc.sentences().size()) {
      return null;
    }
    NlpDocument.Sentence next = doc.sentences().get(k + 1);
    if (text.substring(closeMark, Math.min(next.start(), text.length())).indexOf('\n') >= 0) {
      return null;
    }
    for (int i = next.firstToken(); i + 2 < next.endToken(); i++) {
      Token tok = doc.tokens().get(i);
      if (SpeakerCues.isQuoteMark(tok.word())) {
        return null;
      }
      if (SpeakerCues.isSpeechVerb(tok)) {
        Token after = doc.tokens().get(i + 1);
        boolean opensQuote = SpeakerCues.isQuoteMark(after.word())
            || ((after.word().equals(",") || after.word().equals(":")) && SpeakerCues.isQuoteMark(doc.tokens().get(i + 2).word()));
        return opensQuote ? phrases.phraseEndingAt(i, next.firstToken()) : null;
      }
    }
    return null;
  }

  private Speaker after(int closeMark) {
    int t = positions.firstTokenFrom(closeMark + 1);
    int sentenceEnd = afterLimit(closeMark, t);
    if (t + 1 < doc.tokens().size() && SpeakerCues.isDash(doc.tokens().get(t).word())) {
      // "….” ― Carla Sanchez": an attribution by dash, as under a letter; the splitter often ends the sentence at ”
      Speaker s = byline(t + 1, lineEndToken(doc.tokens().get(t).start()));
      if (s != null) {
        return s;
      }
    }
    for (int i = t; i < Math.min(sentenceEnd, t + AFTER_WINDOW); i++) {
      Token tok = doc.tokens().get(i);
      if (SpeakerCues.isQuoteMark(tok.word())) {
        return null;
      }
      if (SpeakerCues.isSpeechVerb(tok)) {
        int npStart = t;
        while (npStart < i && SpeakerCues.isPunct(doc.tokens().get(npStart))) {
          npStart++;
        }
        if (npStart < i) {
          return phrases.nounPhrase(npStart, i);
        }
        int e = i + 1; // ", said Lebedev"
        while (e < sentenceEnd && SpeakerCues.isNominal(doc.tokens().get(e))) {
          e++;
        }
        return e > i + 1 ? phrases.nounPhrase(i + 1, e) : null;
      }
    }
    return null;
  }

  /**
   * Where the search after a quote stops: the end of its sentence, or of the next sentence when the quote ends its
   * own sentence on the same line or its line ends without a full stop. Hard-wrapped wire text puts "said Arthur Miller." on the line after "…,”", and
   * the backend ends a sentence at every line break; a blank line (a new paragraph) always stops.
   */
  private int afterLimit(int closeMark, int firstToken) {
    int k = positions.sentenceIndexAt(closeMark);
    if (k < 0) {
      return doc.tokens().size();
    }
    List<NlpDocument.Sentence> ss = doc.sentences();
    int end = ss.get(k).endToken();
    while (k + 1 < ss.size() && end - firstToken < AFTER_WINDOW) {
      int gapFrom = ss.get(k).end();
      String gap = text.substring(Math.min(gapFrom, text.length()), Math.min(ss.get(k + 1).start(), text.length()));
      int nl = gap.indexOf('\n');
      // "…too big to regulate?” Vitter demanded.": the splitter ends the sentence after ?” on the same line
      boolean sameLine = nl < 0 && ss.get(k).endToken() == firstToken;
      if (!sameLine && (nl < 0 || gap.indexOf('\n', nl + 1) >= 0 || endsStatement(gapFrom))) {
        break;
      }
      k++;
      end = ss.get(k).endToken();
    }
    return end;
  }

  /** The text before {@code offset}, closing marks aside, ends with a full stop, ! or ?. */
  private boolean endsStatement(int offset) {
    int i = Math.min(offset, text.length()) - 1;
    while (i >= 0 && "”\"’»'".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
  }

  /** The first token on a later line than {@code offset}. */
  private int lineEndToken(int offset) {
    int nl = text.indexOf('\n', offset);
    return nl < 0 ? doc.tokens().size() : positions.firstTokenFrom(nl);
  }

  /** A name right after a dash, to the end of its noun phrase. */
  private Speaker byline(int from, int limit) {
    int e = from;
    while (e < limit && (doc.tokens().get(e).pos().startsWith("NNP") || SpeakerCues.isNominal(doc.tokens().get(e)))) {
      e++;
    }
    if (e == from || !doc.tokens().get(from).pos().startsWith("NNP")) {
      return null;
    }
    return phrases.nounPhrase(from, e);
  }


  /** The last speech cue in {@code [from, upTo)}: the noun phrase before a verb, after "according to", before ":". */
  private Speaker before(int upTo, int from) {
    int first = positions.firstTokenFrom(from);
    int last = positions.firstTokenFrom(upTo);
    for (int i = last - 1; i >= first; i--) {
      Token tok = doc.tokens().get(i);
      if (antecedents.isQuoted(tok.start())) {
        continue; // a verb inside another quote is its speech, not a cue
      }
      if (tok.word().equals(":") && i == last - 1 && i > first) {
        Speaker s = phrases.phraseEndingAt(i, first);
        if (s != null) {
          return s;
        }
      }
      if (tok.word().equalsIgnoreCase("to") && i > first && doc.tokens().get(i - 1).word().equalsIgnoreCase("according")) {
        int e = i + 1;
        while (e < last && SpeakerCues.isNominal(doc.tokens().get(e))) {
          e++;
        }
        if (e > i + 1) {
          return phrases.nounPhrase(i + 1, e);
        }
      }
      if (SpeakerCues.isSpeechVerb(tok)) {
        int end = i;
        if (tok.pos().equals("VBG") && end - 1 > first && doc.tokens().get(end - 1).word().equals(",")) {
          Speaker s = subject(first, end - 1); // "Clinton mocked the complaint, saying …": the sentence's subject
          if (s != null) {
            return s;
          }
        }
        if (end - 1 > first && doc.tokens().get(end - 1).word().equals(",")) {
          end--; // "Ministry of Foreign Affairs of the Republic of Kazakhstan, published"
          Speaker named = beforeApposition(end, first);
          if (named != null) {
            return named;
          }
        }
        Speaker s = phrases.phraseEndingAt(skipBracket(skipAuxiliaries(end, first), first), first);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * The subject of a clause like ", saying": the first person or organisation named in the sentence before it,
   * outside quotes ("At the forum, Trump attacked Clinton, saying").
   */
  private Speaker subject(int first, int upTo) {
    if (upTo <= first) {
      return null;
    }
    int a = doc.tokens().get(first).start();
    int b = doc.tokens().get(upTo - 1).end();
    for (Mention m : mentions) {
      if (m.span().start() >= b) {
        break;
      }
      if (m.span().start() >= a && m.type() != EntityType.LOCATION && !antecedents.isQuoted(m.span().start())) {
        return new Speaker(m.text(), m.span().start(), m.span().end());
      }
    }
    return null;
  }

  /**
   * "Brian Fallon, the campaign’s press secretary, noted": the name before an apposition closed by the comma at
   * {@code comma}, or null when no name ends right before the apposition's opening comma.
   */
  private Speaker beforeApposition(int comma, int first) {
    for (int j = comma - 1; j > first && j >= comma - APPOSITION_TOKENS; j--) {
      if (doc.tokens().get(j).word().equals(",")) {
        int nameEnd = skipBracket(j, first);
        Mention m = phrases.mentionEndingAt(doc.tokens().get(nameEnd - 1).end());
        if (m != null && m.type() != EntityType.LOCATION) {
          return new Speaker(m.text(), m.span().start(), m.span().end());
        }
        return null;
      }
    }
    return null;
  }

  /**
   * {@code end} moved back over the auxiliaries and adverbs before a verb ("Trump is promising", "Gingrich
   * cynically dismissed", "has also said"), so the subject before them is read.
   */
  private int skipAuxiliaries(int end, int floor) {
    int e = end;
    while (e - 1 > floor && end - e < AUXILIARY_TOKENS) {
      Token t = doc.tokens().get(e - 1);
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      boolean aux = t.pos().equals("MD") || t.pos().equals("RB")
          || t.pos().startsWith("VB") && (lemma.equals("be") || lemma.equals("have") || lemma.equals("do"));
      if (!aux) {
        break;
      }
      e--;
    }
    return e;
  }

  /** {@code end}, or the start of a bracket that closes right before it: "Gov. Mike Pence (R-IN) said". */
  private int skipBracket(int end, int floor) {
    if (end - 1 <= floor || !SpeakerCues.isClosingBracket(doc.tokens().get(end - 1).word())) {
      return end;
    }
    for (int j = end - 2; j >= floor && j >= end - APPOSITION_TOKENS; j--) {
      if (SpeakerCues.isOpeningBracket(doc.tokens().get(j).word())) {
        return j;
      }
    }
    return end;
  }















}
