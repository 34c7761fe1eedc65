package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chorus's main-text extractor over the jsoup DOM. It cuts the page into text blocks in one pass without
 * recursion (pages with hundreds of thousands of nested elements exist), then decides each block by this cascade:
 * <ol>
 *   <li>find the story's container by block scoring ({@link ContentRootFinder}); blocks outside it are dropped;</li>
 *   <li>inside it, drop blocks under furniture markup (nav, share bars, related links, captions, bylines…: the
 *       names are data in {@code boilerplate.txt}), link lists, and furniture labels ("Advertisement");</li>
 *   <li>keep prose outside the container that the page's JSON-LD {@code articleBody} holds (figures and ads
 *       sometimes split a story across containers);</li>
 *   <li>drop what follows a label opening reader comments ("Have your say") once the story has begun, and trim the
 *       story's edges: headline, byline and dateline before its first paragraph, headings and labels after
 *       its last ({@link StoryEdges});</li>
 *   <li>if that keeps too little, the container was wrong: fall back to the whole page filtered by rules 2 and 4;</li>
 *   <li>if that keeps nothing, keep the page's prose, else all its words: a page with text never yields none.</li>
 * </ol>
 * Before all this, {@link MarkupRepair} mends unclosed raw-text elements and comments that would hide the page.
 * Thread-safe.
 */
public final class DensityMainTextExtractor implements MainTextExtractor {
  /** Share of link text above which a block is navigation rather than prose (readability uses 0.5 too). */
  static final double MAX_LINK_DENSITY = 0.5;
  /** A JSON-LD articleBody longer than this (ten long features) is not a story: hostile, and costly to search. */
  static final int MAX_ARTICLE_BODY_CHARS = 500_000;
  /** Kept text shorter than this means the container was wrong: a news story has more than 250 characters. */
  static final int MIN_STORY_CHARS = 250;

  private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
  private final BoilerplateLexicon lexicon = BoilerplateLexicon.bundled();
  private final ContentRootFinder rootFinder = new ContentRootFinder(lexicon);

  @Override
  public ExtractedPage extract(String html, String baseUrl) {
    // 0. An unclosed title, script, style or comment must not swallow the page (length and positions kept).
    String page = MarkupRepair.repair(html == null ? "" : html);
    Document doc = Jsoup.parse(page, baseUrl == null ? "" : baseUrl, Parser.htmlParser().setTrackPosition(true));
    JsonLdArticle ld = JsonLdArticle.of(doc);
    PageMetadata metadata = metadataReader.read(doc, baseUrl, ld);
    Element body = doc.body();
    if (body == null) {
      return new ExtractedPage(metadata, List.of());
    }
    BlockSegmenter segmenter = new BlockSegmenter(lexicon, page);
    segmenter.segment(body);
    List<PageBlock> blocks = segmenter.blocks();
    Map<Element, BlockSegmenter.Range> ranges = segmenter.ranges();

    // 1. The story's container, by block scoring.
    List<ContentRootFinder.Part> parts = rootFinder.find(blocks, ranges, body);
    String[] reasons = new String[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      String furniture = blocks.get(i).furnitureReason();
      reasons[i] = furniture != null ? furniture : "outside the story's container";
    }
    for (ContentRootFinder.Part part : parts) {
      for (int i = part.range().first(); i < part.range().end(); i++) {
        // 2. Furniture inside the container.
        reasons[i] = furnitureReason(blocks.get(i), part.furnitureFloor());
      }
    }
    // 3. Prose the container missed but the page's JSON-LD articleBody holds.
    String articleBody = ld == null ? null : ld.articleBody();
    if (articleBody != null && articleBody.length() >= MIN_STORY_CHARS
        && articleBody.length() <= MAX_ARTICLE_BODY_CHARS) {
      for (int i = 0; i < blocks.size(); i++) {
        PageBlock b = blocks.get(i);
        if (reasons[i] != null && StoryEdges.isProse(b) && b.furnitureReason() == null
            && articleBody.contains(b.text())) {
          reasons[i] = null;
        }
      }
    }
    // 4. Reader comments after the story; headline, byline and dateline before it; labels after it.
    cutComments(blocks, reasons);
    StoryEdges.trim(blocks, reasons);
    // 5. Too little kept: the container was wrong; keep the page's prose, minus furniture.
    if (keptChars(blocks, reasons) < MIN_STORY_CHARS) {
      for (int i = 0; i < blocks.size(); i++) {
        reasons[i] = furnitureReason(blocks.get(i), -1);
      }
      StoryEdges.trim(blocks, reasons);
    }
    // 6. Still nothing: a page with text never yields an empty one. Its prose, else every block with words.
    if (keptChars(blocks, reasons) == 0) {
      keepAll(blocks, reasons, true);
      if (keptChars(blocks, reasons) == 0) {
        keepAll(blocks, reasons, false);
      }
    }
    List<TextBlock> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      out.add(new TextBlock(b.text(), b.tag(), reasons[i], b.source()));
    }
    return new ExtractedPage(metadata, out);
  }

  private String furnitureReason(PageBlock b, int furnitureFloor) {
    if (b.furnitureReason() != null && b.furnitureDepth() > furnitureFloor) {
      return b.furnitureReason();
    }
    if (b.linkDensity() > MAX_LINK_DENSITY) {
      return "mostly links";
    }
    if (lexicon.isPhrase(b.text())) {
      return "furniture label";
    }
    if (b.tag().equals("figcaption") || b.tag().equals("caption")) {
      return "caption";
    }
    if (!StoryEdges.hasLetters(b.text()) && !b.tag().equals("td") && !b.tag().equals("th")) {
      return "no words";
    }
    return null;
  }

  /**
   * Drops what follows a label opening reader comments once the story has begun: threads of old pages carry no
   * class to say so, only their heading. A box with such a label set into the story ("Have your say" in the middle
   * of a BBC report) ends where the story's paragraphs resume beside the ones before it; a thread whose first post
   * sits beside the story's paragraphs is no box.
   */
  private void cutComments(List<PageBlock> blocks, String[] reasons) {
    int lastProse = -1;
    for (int i = 0; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      if (reasons[i] == null && StoryEdges.isProse(b)) {
        lastProse = i;
      } else if (lastProse >= 0 && lexicon.opensComments(b.text())) {
        Element storyParent = parentOf(blocks.get(lastProse));
        int resume = blocks.size();
        boolean boxHoldsText = false;
        for (int j = i + 1; j < blocks.size() && storyParent != null; j++) {
          if (reasons[j] != null) {
            continue;
          }
          if (StoryEdges.isProse(blocks.get(j)) && parentOf(blocks.get(j)) == storyParent) {
            // The story's paragraphs resume: the label was a box set into it, if the box held anything.
            resume = boxHoldsText ? j : blocks.size();
            break;
          }
          boxHoldsText = true;
        }
        for (int j = i; j < resume; j++) {
          if (reasons[j] == null) {
            reasons[j] = "reader comments";
          }
        }
        i = resume - 1;
      }
    }
  }

  private static Element parentOf(PageBlock b) {
    return b.holder() == null ? null : b.holder().parent();
  }

  private static void keepAll(List<PageBlock> blocks, String[] reasons, boolean proseOnly) {
    for (int i = 0; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      if (proseOnly ? StoryEdges.isProse(b) : StoryEdges.hasLetters(b.text())) {
        reasons[i] = null;
      }
    }
  }

  private static int keptChars(List<PageBlock> blocks, String[] reasons) {
    int n = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (reasons[i] == null) {
        n += blocks.get(i).text().length();
      }
    }
    return n;
  }
}
