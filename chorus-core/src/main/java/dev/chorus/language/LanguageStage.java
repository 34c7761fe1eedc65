package dev.chorus.language;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.LANGUAGE;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.chorus.model.Article;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.StageSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detects each article's language with Lingua, over the paragraphs long enough to judge (short lines such as
 * "Subscribe" are misclassified) and at most the first {@value #SAMPLE_CHARS} characters of them. A language
 * given by the input or manifest is kept. Lingua loads each language's model on first use; the detector is
 * thread-safe. Low-accuracy mode (trigram models only) is 4-5x faster and, on paragraph-length samples, as accurate
 * (Lingua's own evaluation: the modes differ on single words and short phrases).
 */
public final class LanguageStage implements ArticleStage {
  private static final StageSpec SPEC = StageSpec.of("language").requires(CLEAN_TEXT).provides(LANGUAGE);

  /** Lingua misreads lines shorter than this (measured: "Subscribe", "by admin"). */
  static final int MIN_PARAGRAPH_CHARS = 40;
  /**
   * Lingua's cost grows with the sample and its low-accuracy mode is reliable from ~120 characters on: 500
   * characters of paragraphs leave a wide margin.
   */
  static final int SAMPLE_CHARS = 500;
  /** The default set: the languages of the news Chorus was built for, plus the big ones of world news. */
  public static final List<String> DEFAULT_LANGUAGES =
      List.of("en", "ru", "kk", "uk", "de", "fr", "es", "it", "pt", "zh", "ar", "tr");

  private final LanguageDetector detector;

  public LanguageStage(List<String> isoCodes) {
    List<Language> langs = new ArrayList<>();
    for (String code : isoCodes) {
      langs.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))));
    }
    this.detector = langs.size() == 1
        ? null
        : LanguageDetectorBuilder.fromLanguages(langs.toArray(new Language[0])).withLowAccuracyMode().build();
    this.only = langs.size() == 1 ? code(langs.get(0)) : null;
  }

  private final String only;

  @Override
  public Article process(Article a) {
    if (a.language() != null) {
      return a;
    }
    if (only != null) {
      return a.withLanguage(only);
    }
    String sample = sample(a.text());
    if (sample.isEmpty()) {
      return a;
    }
    Language lang = detector.detectLanguageOf(sample);
    return lang == Language.UNKNOWN ? a : a.withLanguage(code(lang));
  }

  static String sample(String text) {
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.length() >= MIN_PARAGRAPH_CHARS) {
        sb.append(line).append('\n');
        if (sb.length() >= SAMPLE_CHARS) {
          break;
        }
      }
    }
    if (sb.length() == 0) {
      return text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    }
    return sb.length() > SAMPLE_CHARS ? sb.substring(0, SAMPLE_CHARS) : sb.toString();
  }

  private static String code(Language l) {
    return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
