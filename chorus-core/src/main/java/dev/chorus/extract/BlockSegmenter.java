package dev.chorus.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page body into text blocks in one iterative pass (no recursion: pages with hundreds of thousands of
 * nested elements exist). Invisible markup (scripts, forms' controls, {@code hidden}, {@code display:none}) gives
 * no block. For each block-level element it records the range of blocks it holds, so a container's text, link
 * density and membership are counted without walking the tree again. Not thread-safe: one per page.
 */
final class BlockSegmenter implements NodeFilter {
  private static final Set<String> INVISIBLE_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "select", "button",
      "input", "textarea", "head", "option", "math", "video", "audio", "picture", "map", "dialog");
  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "figcaption",
      "caption", "address", "br", "hr", "body", "header", "footer", "nav", "aside", "form", "fieldset", "legend",
      "details", "summary", "center", "menu", "hgroup");
  /** Elements that are furniture by their tag alone. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "form", "menu", "header");

  /** Where a block-level element's blocks are: [first, end) indexes into {@link #blocks()}, and its DOM depth. */
  record Range(int first, int end, int depth) {}

  private final BoilerplateLexicon lexicon;
  private final List<PageBlock> blocks = new ArrayList<>();
  private final Map<Element, Range> ranges = new IdentityHashMap<>();
  private final Map<Element, Integer> openedAt = new IdentityHashMap<>();
  private final Deque<Element> openBlocks = new ArrayDeque<>();
  private final Deque<Element> furniture = new ArrayDeque<>();
  private final Map<Element, Integer> furnitureDepths = new IdentityHashMap<>();
  private final Map<Element, String> furnitureReasons = new IdentityHashMap<>();
  private final Map<String, String> verdicts = new HashMap<>();
  /** Characters of the blocks flushed before each open furniture mark, and so far. */
  private final Map<Element, Long> markerFirst = new IdentityHashMap<>();
  private long flushedChars;
  private final Map<Element, Integer> markerChars = new IdentityHashMap<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private int headingDepth;

  private final SourcePositions sources;

  /** @param html the page as given, parsed with positions tracked, so each block maps back to it */
  BlockSegmenter(BoilerplateLexicon lexicon, String html) {
    this.lexicon = lexicon;
    this.sources = new SourcePositions(html);
  }

  /**
   * A furniture mark on an element holding more than this share of the page's text names the page's layout, not a
   * part of it: ASP.NET pages wrap everything in one {@code <form>}, and ids like "region-body-and-footer" wrap the
   * story (L3S-GN1). Two thirds: no footer, form or comment thread of a news page holds more text than its story.
   */
  static final double LAYOUT_SHARE = 2.0 / 3;

  void segment(Element body) {
    NodeTraversor.filter(this, body);
    flush();
    unmarkLayout();
  }

  /** Clears furniture marks that wrap most of the page (outer marks hold at least what inner ones do). */
  private void unmarkLayout() {
    long total = flushedChars;
    for (int i = 0; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      Element marker = b.furnitureMarker();
      if (marker != null && markerChars.getOrDefault(marker, 0) > LAYOUT_SHARE * total) {
        blocks.set(i, new PageBlock(b.text(), b.holder(), b.tag(), b.linkChars(), -1, null, null, b.heading(),
            b.source()));
      }
    }
  }

  List<PageBlock> blocks() {
    return blocks;
  }

  Map<Element, Range> ranges() {
    return ranges;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      text.append(s);
      sources.add(t, s);
      if (linkDepth > 0) {
        linkChars += s.strip().length();
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (INVISIBLE_TAGS.contains(tag) || invisible(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      openBlocks.push(e);
      openedAt.put(e, blocks.size());
    }
    if (tag.equals("a")) {
      linkDepth++;
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      headingDepth++;
    }
    String reason = furnitureReason(e, tag);
    if (reason != null) {
      markerFirst.put(e, flushedChars);
      furniture.push(e);
      furnitureDepths.put(e, depth);
      furnitureReasons.put(e, reason);
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
      openBlocks.pop();
      ranges.put(e, new Range(openedAt.remove(e), blocks.size(), depth));
    }
    if (tag.equals("a")) {
      linkDepth--;
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      headingDepth--;
    }
    if (!furniture.isEmpty() && furniture.peek() == e) {
      // Text still unflushed (an inline mark) is not counted: the share only needs to be roughly right.
      markerChars.put(e, (int) (flushedChars - markerFirst.remove(e)));
      furniture.pop();
    }
    return FilterResult.CONTINUE;
  }

  private String furnitureReason(Element e, String tag) {
    if (tag.equals("body") || tag.equals("html")) {
      return null; // page-wide classes ("one-sidebar", "has-comments") describe the layout, not this text
    }
    if (FURNITURE_TAGS.contains(tag)) {
      return "page furniture <" + tag + ">";
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner")) {
      return "page furniture role=" + role;
    }
    String names = classAndId(e);
    if (names.isEmpty()) {
      return null;
    }
    // Pages repeat the same few class strings thousands of times: decide each once.
    return verdicts.computeIfAbsent(names, n -> {
      String name = lexicon.negativeName(n);
      return name == null ? "" : "furniture class \"" + name + "\"";
    }).transform(v -> v.isEmpty() ? null : v);
  }

  static String classAndId(Element e) {
    String c = e.attr("class");
    String id = e.id();
    return c.isEmpty() ? id : id.isEmpty() ? c : c + " " + id;
  }

  private static boolean invisible(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private void flush() {
    if (text.length() > 0) {
      SourcePositions.Normalised n = sources.normalise(text);
      String s = n.text();
      if (!s.isEmpty()) {
        Element holder = openBlocks.isEmpty() ? null : openBlocks.peek();
        Element marker = furniture.peek();
        blocks.add(new PageBlock(s, holder, holder == null ? "body" : holder.normalName(),
            Math.min(linkChars, s.length()),
            marker == null ? -1 : furnitureDepths.get(marker), marker == null ? null : furnitureReasons.get(marker),
            marker, headingDepth > 0, n.source()));
        flushedChars += s.length();
      }
      text.setLength(0);
      sources.clear();
    }
    linkChars = 0;
  }

  /** Collapses whitespace (including no-break spaces) to single spaces, trimmed. */
  static String normalise(CharSequence raw) {
    return new SourcePositions("").normalise(raw).text();
  }
}
