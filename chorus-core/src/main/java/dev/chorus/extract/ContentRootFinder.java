package dev.chorus.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the container of the story by scoring: each prose block gives points (one, one per comma, one per 100
 * characters up to three) to its parent, half to its grandparent and less further up; a container's class or id
 * adds or removes 25, and its score shrinks with its link density. The best container is widened to a parent that
 * scores as well and to siblings that score close to it. These are readability.js's rules and constants (Mozilla,
 * Apache-2.0), re-implemented over the block ranges so that no subtree is walked twice.
 */
final class ContentRootFinder {
  /** Ancestors that receive a block's points (readability's default is 5). */
  private static final int SCORED_LEVELS = 5;
  /** Blocks shorter than this give no points (readability: 25 characters). */
  private static final int MIN_SCORED_CHARS = 25;
  private static final Set<String> UNSCORED_TAGS = Set.of(
      "li", "dt", "dd", "th", "figcaption", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "a", "legend", "summary");

  /**
   * Part of the page that holds the story.
   *
   * @param range the element's blocks
   * @param furnitureFloor furniture marks on elements deeper than this count (shallower ones wrap the story)
   */
  record Part(Element element, BlockSegmenter.Range range, int furnitureFloor) {}

  private static final Pattern SENTENCE_STOP = Pattern.compile("\\.( |$)");

  private final BoilerplateLexicon lexicon;

  ContentRootFinder(BoilerplateLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The story's parts in page order, or an empty list when no block scored. */
  List<Part> find(List<PageBlock> blocks, Map<Element, BlockSegmenter.Range> ranges, Element body) {
    int[] chars = new int[blocks.size() + 1];
    int[] links = new int[blocks.size() + 1];
    for (int i = 0; i < blocks.size(); i++) {
      chars[i + 1] = chars[i] + blocks.get(i).text().length();
      links[i + 1] = links[i] + blocks.get(i).linkChars();
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (PageBlock b : blocks) {
      if (b.holder() == null || b.heading() || UNSCORED_TAGS.contains(b.tag())
          || b.text().length() < MIN_SCORED_CHARS) {
        continue;
      }
      double points = 1 + commas(b.text()) + Math.min(b.text().length() / 100, 3);
      Element ancestor = b.holder().parent();
      for (int level = 0; level < SCORED_LEVELS && ancestor != null; level++) {
        if (ranges.containsKey(ancestor)) {
          double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
          Double old = scores.get(ancestor);
          scores.put(ancestor, (old == null ? initialScore(ancestor) : old) + points / divider);
        }
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    if (scores.isEmpty()) {
      return List.of();
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (var e : scores.entrySet()) {
      BlockSegmenter.Range r = ranges.get(e.getKey());
      double s = e.getValue() * (1 - linkDensity(r, chars, links));
      e.setValue(s);
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    Element best = top;
    top = widen(top, topScore, scores, body);
    double finalTopScore = scores.getOrDefault(top, topScore);
    List<Part> parts = withSiblings(top, finalTopScore, scores, ranges, chars, links);
    return withSameClass(best, parts, ranges, chars, links);
  }

  /**
   * Stories split by figures or ads into several boxes repeat the box's class ("post__content"): every element
   * with the best container's tag and class joins the story, unless it is mostly links.
   */
  private static List<Part> withSameClass(Element best, List<Part> parts, Map<Element, BlockSegmenter.Range> ranges,
      int[] chars, int[] links) {
    String cls = best.className();
    if (cls.isBlank()) {
      return parts;
    }
    List<Part> out = new ArrayList<>(parts);
    for (var e : ranges.entrySet()) {
      Element el = e.getKey();
      BlockSegmenter.Range r = e.getValue();
      if (el == best || r.first() == r.end() || !el.normalName().equals(best.normalName())
          || !el.className().equals(cls) || linkDensity(r, chars, links) > 0.5 || covered(out, r)) {
        continue;
      }
      out.add(new Part(el, r, r.depth()));
    }
    out.sort((a, b) -> Integer.compare(a.range().first(), b.range().first()));
    return out;
  }

  private static boolean covered(List<Part> parts, BlockSegmenter.Range r) {
    for (Part p : parts) {
      if (r.first() < p.range().end() && p.range().first() < r.end()) {
        return true;
      }
    }
    return false;
  }

  /** Climbs to a parent that scores as well as the best container (readability's "lastScore" walk). */
  private static Element widen(Element top, double topScore, Map<Element, Double> scores, Element body) {
    double lastScore = topScore;
    double threshold = topScore / 3;
    Element parent = top.parent();
    while (parent != null && parent != body) {
      Double s = scores.get(parent);
      if (s == null) {
        parent = parent.parent();
        continue;
      }
      if (s < threshold) {
        break;
      }
      if (s > lastScore) {
        top = parent;
        break;
      }
      lastScore = s;
      parent = parent.parent();
    }
    parent = top.parent();
    while (parent != null && parent != body && parent.childrenSize() == 1) {
      top = parent;
      parent = top.parent();
    }
    return top;
  }

  private List<Part> withSiblings(Element top, double topScore, Map<Element, Double> scores,
      Map<Element, BlockSegmenter.Range> ranges, int[] chars, int[] links) {
    List<Part> parts = new ArrayList<>();
    BlockSegmenter.Range topRange = ranges.get(top);
    Element parent = top.parent();
    if (parent == null || topRange == null) {
      return topRange == null ? List.of() : List.of(new Part(top, topRange, topRange.depth()));
    }
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    for (Element sibling : parent.children()) {
      BlockSegmenter.Range r = ranges.get(sibling);
      if (r == null || r.first() == r.end()) {
        continue;
      }
      if (sibling == top) {
        parts.add(new Part(top, r, r.depth()));
        continue;
      }
      double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
      Double s = scores.get(sibling);
      boolean append = s != null && s + bonus >= threshold;
      if (!append && sibling.normalName().equals("p")) {
        int len = chars[r.end()] - chars[r.first()];
        double ld = linkDensity(r, chars, links);
        String text = sibling.text();
        append = (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0 && SENTENCE_STOP.matcher(text).find());
      }
      if (append) {
        parts.add(new Part(sibling, r, r.depth() - 1));
      }
    }
    return parts;
  }

  private double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = BlockSegmenter.classAndId(e);
    if (lexicon.negativeName(names) != null) {
      score -= 25;
    }
    if (lexicon.positiveName(names)) {
      score += 25;
    }
    // The page's own word for its story: schema.org microdata, and the HTML5 element.
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
      score += 25;
    } else if (e.normalName().equals("article")) {
      score += 10;
    }
    return score;
  }

  private static double linkDensity(BlockSegmenter.Range r, int[] chars, int[] links) {
    int c = chars[r.end()] - chars[r.first()];
    return c == 0 ? 0 : (double) (links[r.end()] - links[r.first()]) / c;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،' || c == '、' || c == '，') {
        n++;
      }
    }
    return n;
  }
}
