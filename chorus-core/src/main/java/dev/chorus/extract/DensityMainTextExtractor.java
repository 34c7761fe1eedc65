package dev.chorus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A plain main-text extractor over the jsoup DOM. It walks the page once, without recursion (pages with
 * hundreds of thousands of nested elements exist), cuts it into text blocks, and drops a block when
 * <ol>
 *   <li>it sits in markup that is never story ({@code nav}, {@code footer}, {@code aside}, forms…);</li>
 *   <li>an ancestor's class or id names boilerplate (menu, share, comment, related, cookie…);</li>
 *   <li>the page marks its article ({@code article}, {@code main}, {@code itemprop=articleBody}) and the block is
 *       outside it;</li>
 *   <li>most of its text is link text.</li>
 * </ol>
 * Thread-safe.
 */
public final class DensityMainTextExtractor implements MainTextExtractor {
  private static final Set<String> SKIPPED_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "select", "button",
      "input", "textarea", "head");
  private static final Set<String> NON_STORY_TAGS = Set.of("nav", "footer", "aside", "form", "menu", "header");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "caption", "address", "br",
      "hr", "body", "header", "footer", "nav", "aside", "form");
  // Class/id tokens of page furniture, as used by readability and trafilatura's boilerplate lists.
  private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|comments?|related|recommended|"
          + "sidebar|widget|cookie|consent|gdpr|newsletter|subscribe|promo|advert|ads?|banner|footer|masthead|"
          + "popup|modal|tags|pagination|byline-share|outbrain|taboola)($|[\\s_-])");
  /** Share of link text above which a block is navigation rather than prose (readability uses 0.5 too). */
  static final double MAX_LINK_DENSITY = 0.5;

  private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();

  @Override
  public ExtractedPage extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    PageMetadata metadata = metadataReader.read(doc, baseUrl);
    Element body = doc.body();
    if (body == null) {
      return new ExtractedPage(metadata, List.of());
    }
    Element articleRoot = articleRoot(doc);
    BlockCollector collector = new BlockCollector(articleRoot);
    NodeTraversor.filter(collector, body);
    collector.flush();
    return new ExtractedPage(metadata, collector.blocks);
  }

  private static Element articleRoot(Document doc) {
    Element e = doc.selectFirst("[itemprop=articleBody]");
    if (e == null) {
      var articles = doc.select("article");
      if (articles.size() == 1) {
        e = articles.first();
      }
    }
    if (e == null) {
      e = doc.selectFirst("main, [role=main]");
    }
    return e != null && e.text().length() >= 200 ? e : null;
  }

  /** One pass over the DOM with an explicit stack of open blocks. */
  private static final class BlockCollector implements NodeFilter {
    private final Element articleRoot;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int nonStoryDepth;
    private String nonStoryReason;
    private int insideArticle;
    private String currentTag = "body";

    BlockCollector(Element articleRoot) {
      this.articleRoot = articleRoot;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.text();
        text.append(s);
        if (linkDepth > 0) {
          linkChars += s.strip().length();
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (SKIPPED_TAGS.contains(tag) || e.hasAttr("hidden")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        currentTag = tag;
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      if (e == articleRoot) {
        insideArticle++;
      }
      String reason = nonStory(e, tag);
      if (reason != null) {
        if (nonStoryDepth == 0) {
          nonStoryReason = reason;
        }
        nonStoryDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
      }
      if (tag.equals("a")) {
        linkDepth--;
      }
      if (e == articleRoot) {
        insideArticle--;
      }
      if (nonStory(e, tag) != null) {
        nonStoryDepth--;
      }
      return FilterResult.CONTINUE;
    }

    private static String nonStory(Element e, String tag) {
      if (NON_STORY_TAGS.contains(tag)) {
        return "page furniture <" + tag + ">";
      }
      String classes = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (!classes.isBlank() && BOILERPLATE_CLASS.matcher(classes).find()) {
        return "boilerplate class \"" + classes.strip() + "\"";
      }
      return null;
    }

    void flush() {
      String s = text.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!s.isEmpty()) {
        String reason = null;
        if (nonStoryDepth > 0) {
          reason = nonStoryReason;
        } else if (articleRoot != null && insideArticle == 0) {
          reason = "outside the article element";
        } else if (linkChars > MAX_LINK_DENSITY * s.length()) {
          reason = "mostly links";
        }
        blocks.add(new TextBlock(s, currentTag, reason));
      }
      text.setLength(0);
      linkChars = 0;
    }
  }
}
