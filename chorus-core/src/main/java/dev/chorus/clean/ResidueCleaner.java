package dev.chorus.clean;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.MAIN_TEXT;

import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.StageSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Removes crawl residue line by line. A line goes when
 * <ol>
 *   <li>an earlier stage already dropped it (the HTML extractor);</li>
 *   <li>it follows an end-of-article marker ("Source link", "You may also like") in the second half of the text;</li>
 *   <li>a residue pattern matches it (see {@link ResiduePatterns});</li>
 *   <li>it is a related-headline teaser: a long Title Case line without final punctuation, after the first line;</li>
 *   <li>it is a short line in another script than the article's (site-language leftovers).</li>
 * </ol>
 * Kept lines are trimmed and joined with newlines; invisible format characters (zero-width, bidi controls) are
 * dropped from them. Every removal is recorded against the original text and the offset map says where each
 * kept character came from. Thread-safe.
 */
public final class ResidueCleaner implements ArticleStage {
  private static final StageSpec SPEC = StageSpec.of("clean").requires(MAIN_TEXT).provides(CLEAN_TEXT);

  /** Line rules look only at lines up to this long: banners are short, story paragraphs that mention cookies are not. */
  static final int MAX_RULE_LINE_CHARS = 400;
  /** Teasers seen in crawls run 9–20 words; section headings rarely reach 9. */
  static final int TEASER_MIN_WORDS = 9;
  static final double TEASER_CAPITALISED_SHARE = 0.8;
  static final int LEFTOVER_MAX_WORDS = 12;
  /** A text has a dominant script when this share of its letters is in it. */
  static final double DOMINANT_SCRIPT_SHARE = 0.8;

  private final List<ResidueRule> rules;

  public ResidueCleaner(List<ResidueRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static ResidueCleaner withBundledPatterns() {
    return new ResidueCleaner(ResiduePatterns.bundled());
  }

  @Override
  public Article process(Article a) {
    String orig = a.originalText() == null ? "" : a.originalText();
    List<Removal> earlier = new ArrayList<>(a.removed());
    earlier.sort(Comparator.comparingInt(Removal::start));
    List<Removal> removed = new ArrayList<>(earlier);
    Character.UnicodeScript dominant = Scripts.dominant(orig, DOMINANT_SCRIPT_SHARE);

    List<List<int[]>> paragraphs = HardWraps.paragraphs(orig, contentLines(orig, earlier));
    int contentChars = 0;
    for (List<int[]> p : paragraphs) {
      contentChars += p.get(p.size() - 1)[1] - p.get(0)[0];
    }
    StringBuilder out = new StringBuilder(orig.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    String tailReason = null;
    int seen = 0;
    boolean firstKept = true;
    for (List<int[]> p : paragraphs) {
      int[] l = {p.get(0)[0], p.get(p.size() - 1)[1]};
      String line = orig.substring(l[0], l[1]);
      seen += line.length();
      String reason = tailReason;
      if (reason == null) {
        reason = residueReason(line, seen > contentChars / 2, firstKept, dominant);
        if (reason != null && reason.startsWith(TAIL_PREFIX)) {
          tailReason = "after end-of-article marker \"" + abbreviate(line) + "\"";
          reason = reason.substring(TAIL_PREFIX.length());
        }
      }
      if (reason != null) {
        removed.add(new Removal(l[0], l[1], line, reason));
        continue;
      }
      if (!Invisibles.hasVisible(line)) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      for (int k = 0; k < p.size(); k++) {
        if (k > 0) {
          out.append(' '); // a wrapped paragraph's line break: a space, as the line breaks between lines map to none
        }
        Invisibles.copyVisible(orig, p.get(k)[0], p.get(k)[1], out, map, removed);
      }
      firstKept = false;
    }
    removed.sort(Comparator.comparingInt(Removal::start));
    String text = out.toString();
    Article cleaned = a.withCleanText(text, removed, map.build(), contentHash(text));
    if (cleaned.title() == null) {
      String title = TitleGuess.firstLineIfTitle(text);
      if (title != null) {
        cleaned = cleaned.withMetadata(title, cleaned.url(), cleaned.published(), cleaned.publishedSource());
      }
    }
    return cleaned;
  }

  private static final String TAIL_PREFIX = "\u0000tail:";

  private String residueReason(String line, boolean secondHalf, boolean firstKept, Character.UnicodeScript dominant) {
    String probe = Invisibles.strip(line).strip();
    if (probe.isEmpty()) {
      return null;
    }
    if (probe.length() <= MAX_RULE_LINE_CHARS) {
      if (secondHalf) {
        for (ResidueRule rule : rules) {
          if (rule.tail() && rule.matches(probe)) {
            return TAIL_PREFIX + rule.reason();
          }
        }
      }
      for (ResidueRule rule : rules) {
        if (!rule.tail() && rule.matches(probe)) {
          return rule.reason();
        }
      }
    }
    if (!firstKept && isTeaser(probe)) {
      return "related-headline teaser";
    }
    if (dominant != null && isLeftover(probe, dominant)) {
      return "site-language leftover (" + Scripts.name(Scripts.dominant(probe, 0.5)) + " line in a "
          + Scripts.name(dominant) + " text)";
    }
    return null;
  }

  static boolean isTeaser(String line) {
    char last = line.charAt(line.length() - 1);
    if (".!?:;…\"”»'’)".indexOf(last) >= 0) {
      return false;
    }
    String[] words = line.split("\\s+");
    if (words.length < TEASER_MIN_WORDS || !Character.isUpperCase(line.codePointAt(0))) {
      return false;
    }
    int content = 0;
    int capitalised = 0;
    for (String w : words) {
      String letters = w.replaceAll("^\\P{L}+|\\P{L}+$", "");
      if (letters.length() <= 3) {
        continue; // articles, prepositions and acronyms say nothing about Title Case
      }
      content++;
      if (Character.isUpperCase(letters.codePointAt(0))) {
        capitalised++;
      }
    }
    return content >= 5 && capitalised >= TEASER_CAPITALISED_SHARE * content;
  }

  static boolean isLeftover(String line, Character.UnicodeScript dominant) {
    if (line.split("\\s+").length > LEFTOVER_MAX_WORDS) {
      return false;
    }
    Character.UnicodeScript own = Scripts.dominant(line, 0.5);
    return own != null && own != dominant;
  }

  /** The non-blank lines of {@code text} not covered by earlier removals, trimmed, as [start, end). */
  private static List<int[]> contentLines(String text, List<Removal> earlier) {
    List<int[]> out = new ArrayList<>();
    int r = 0;
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int s = pos;
      int e = end;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      while (r < earlier.size() && earlier.get(r).end() <= s) {
        r++;
      }
      boolean covered = r < earlier.size() && earlier.get(r).start() <= s && earlier.get(r).end() >= e;
      if (e > s && !covered) {
        out.add(new int[] {s, e});
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() <= 40 ? t : t.substring(0, 40) + "…";
  }

  /** SHA-256 of the text with whitespace runs collapsed: equal for the same content however it was laid out. */
  static String contentHash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest(text.replaceAll("\\s+", " ").strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
