package dev.chorus.extract;

import static dev.chorus.pipeline.Capability.INGESTED;
import static dev.chorus.pipeline.Capability.MAIN_TEXT;

import dev.chorus.ingest.RecordFields;
import dev.chorus.ingest.WarcReader;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Span;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.StageSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an HTML article into text: the original text becomes every visible block of the page, one per line,
 * and the blocks the extractor dropped are recorded as removals, so the cleaned text still maps back to
 * the page. Page metadata fills what the input did not say. Plain-text articles pass through.
 *
 * <p>The map of that text back to the characters of the HTML as given stays with the article
 * ({@link Article#inputOffsets()}); cleaning's map composed with it ({@link Article#inputMap()}) takes a span of the
 * cleaned text to the page. The workspace stores the text of the blocks, not the page.
 */
public final class MainTextStage implements ArticleStage {
  private static final StageSpec SPEC = StageSpec.of("extract").requires(INGESTED).provides(MAIN_TEXT);

  private final MainTextExtractor extractor;

  public MainTextStage(MainTextExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Article process(Article a) {
    if (a.html() == null) {
      return a;
    }
    ExtractedPage page = extractor.extract(a.html(), a.url());
    StringBuilder original = new StringBuilder();
    OffsetMap.Builder toHtml = new OffsetMap.Builder();
    List<Removal> removed = new ArrayList<>();
    for (TextBlock b : page.blocks()) {
      if (original.length() > 0) {
        original.append('\n'); // a line break between blocks stands for no character of the page
      }
      int start = original.length();
      original.append(b.text());
      for (int s = 0; b.source() != null && s < b.source().segmentCount(); s++) {
        toHtml.keep(start + b.source().derivedStart(s), b.source().originalStart(s), b.source().length(s));
      }
      if (!b.kept()) {
        removed.add(new Removal(Span.original(a.id(), start, original.length()), b.text(),
            "extractor: " + b.dropReason()));
      }
    }
    PageMetadata m = page.metadata();
    // a date the input gave wins, except a crawl's record date: the page's own metadata says more
    boolean keepGiven = a.published() != null && !(m.published() != null && WarcReader.isRecordDate(a.publishedSource()));
    Article out = a.withOriginalText(original.toString(), null, toHtml.build())
        .withMetadata(a.title() != null ? a.title() : m.title(), a.url() != null ? a.url() : m.url(),
            keepGiven ? a.published() : m.published(), keepGiven ? a.publishedSource() : m.publishedSource());
    if (out.source() == null) {
      // the outlet: the page's site name, else its URL's host (a crawl names neither)
      String outlet = m.site() != null ? m.site() : RecordFields.host(out.url());
      if (outlet != null) {
        out = out.withSource(outlet);
      }
    }
    return out.withCleanText(null, removed, null, null).withPageInfo(m.byline(), m.site(), m.modified());
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
