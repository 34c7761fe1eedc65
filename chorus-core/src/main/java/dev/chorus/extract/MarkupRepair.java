package dev.chorus.extract;

/**
 * Mends the one kind of broken markup that makes an HTML5 parser lose a whole page: an element whose content is raw
 * text ({@code <title>}, {@code <script>}, {@code <style>}, {@code <textarea>}, {@code <xmp>}) or a comment that is
 * never closed. The standard has the parser read such an element to the end of the file, so one lost
 * {@code </title>} leaves a page with an empty body (five of L3S-GN1's 621 pages: the crawl cut the head short).
 * The browsers of the pages' era recovered instead; so does this, in place and without changing the page's length,
 * so that every position the parser reports still points at the same character of the page as given:
 * <ul>
 *   <li>an unclosed comment ends at its next {@code >} (the pre-HTML5 rule): {@code <!--} becomes {@code <!-x}, a
 *       "bogus comment", which the standard ends there;</li>
 *   <li>an unclosed title ends at its own tag: {@code <title>} becomes a bogus comment, so the title's text is read
 *       as page text;</li>
 *   <li>an unclosed script or style becomes a comment that ends before the next line starting with a tag (script
 *       source does not start lines with {@code <p} or {@code </div}); its first and last three characters are
 *       overwritten with {@code <!--} and {@code -->}, so the code stays hidden and the markup after it is read.</li>
 *   <li>a script, style or title whose start tag has a quoted value running over a {@code >} (a quote lost, as in
 *       {@code src="/te.backgroundColor='yellow';}) and which is closed only after the page's own {@code </head>}
 *       or {@code <body>} becomes a bogus comment of its tag, so the page after it is read as markup.</li>
 * </ul>
 * A page without these faults is returned as the same instance, after one pass over its tags. Thread-safe.
 */
final class MarkupRepair {
  private static final String[] RAW_TEXT = {"script", "style", "title", "textarea", "xmp"};

  private MarkupRepair() {}

  static String repair(String html) {
    char[] out = null;
    int n = html.length();
    int i = html.indexOf('<');
    while (i >= 0 && i < n - 1) {
      if (html.startsWith("<!--", i)) {
        int end = commentEnd(html, i + 4);
        if (end < 0) {
          out = writable(out, html);
          out[i + 3] = 'x'; // "<!-x": a bogus comment, closed by the next '>'
          int gt = html.indexOf('>', i);
          i = gt < 0 ? -1 : html.indexOf('<', gt + 1);
        } else {
          i = html.indexOf('<', end);
        }
        continue;
      }
      String name = rawTextName(html, i);
      if (name == null) {
        i = html.indexOf('<', i + 1);
        continue;
      }
      int tagEnd = tagEnd(html, i + 1 + name.length());
      if (tagEnd < 0) {
        break;
      }
      int close = closer(html, name, tagEnd + 1);
      // A quoted attribute value that runs over a '>' is the mark of a lost quote; only then can a closed element
      // hold the page by mistake (JSON-LD and templates legitimately hold markup).
      boolean quoteRunsOver = tagEnd != html.indexOf('>', i);
      if (close >= 0 && !(quoteRunsOver && holdsPageStructure(html, tagEnd + 1, close))) {
        i = html.indexOf('<', close + 2);
        continue;
      }
      out = writable(out, html);
      if (close >= 0) {
        // Closed, but only after the page's own </head> or <body>: a quote or tag lost in the head.
        out[i + 1] = '!';
        i = html.indexOf('<', i + 2);
        continue;
      }
      int resume;
      if (name.equals("title") || name.equals("textarea") || name.equals("xmp")) {
        out[i + 1] = '!'; // "<!itle>": a bogus comment of the tag alone; the text after it is page text
        resume = tagEnd + 1;
      } else {
        int stop = nextTagLine(html, tagEnd + 1);
        if (stop - (tagEnd + 1) >= 3) {
          out[i + 1] = '!';
          out[i + 2] = '-';
          out[i + 3] = '-';
          out[stop - 3] = '-';
          out[stop - 2] = '-';
          out[stop - 1] = '>';
          // The hidden code must not end the comment early.
          for (int k = i + 4; k < stop - 3; k++) {
            if (out[k] == '>' && out[k - 1] == '-' && out[k - 2] == '-') {
              out[k] = ' ';
            }
          }
        } else {
          out[i + 1] = '!';
        }
        resume = stop;
      }
      i = html.indexOf('<', resume);
    }
    return out == null ? html : new String(out);
  }

  /**
   * The {@code >} ending the start tag whose attributes begin at from, read as the standard's tokenizer reads it:
   * a quoted attribute value may hold {@code >}. -1 when the page ends first.
   */
  static int tagEnd(String html, int from) {
    int n = html.length();
    int p = from;
    while (p < n) {
      char c = html.charAt(p);
      if (c == '>') {
        return p;
      }
      if (c == '=') {
        p++;
        while (p < n && Character.isWhitespace(html.charAt(p))) {
          p++;
        }
        if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
          int q = html.indexOf(html.charAt(p), p + 1);
          if (q < 0) {
            return -1;
          }
          p = q + 1;
          continue;
        }
        continue;
      }
      p++;
    }
    return -1;
  }

  /** Whether raw text between from and to holds the page's {@code </head>} or {@code <body>}. */
  private static boolean holdsPageStructure(String html, int from, int to) {
    int p = html.indexOf('<', from);
    while (p >= 0 && p < to) {
      if (html.regionMatches(true, p + 1, "body", 0, 4) || html.regionMatches(true, p + 1, "/head", 0, 5)) {
        int after = p + (html.charAt(p + 1) == '/' ? 6 : 5);
        if (after < html.length() && isTagNameEnd(html.charAt(after))) {
          return true;
        }
      }
      p = html.indexOf('<', p + 1);
    }
    return false;
  }

  private static char[] writable(char[] out, String html) {
    return out != null ? out : html.toCharArray();
  }

  /** Index just past the {@code -->} (or {@code <!-->}, {@code <!--->}) closing a comment whose body starts at from. */
  private static int commentEnd(String html, int from) {
    if (html.startsWith(">", from)) {
      return from + 1;
    }
    if (html.startsWith("->", from)) {
      return from + 2;
    }
    int end = html.indexOf("-->", from);
    return end < 0 ? -1 : end + 3;
  }

  /** The raw-text element opened at i, or null. */
  private static String rawTextName(String html, int i) {
    for (String name : RAW_TEXT) {
      int after = i + 1 + name.length();
      if (html.regionMatches(true, i + 1, name, 0, name.length())
          && (after >= html.length() || isTagNameEnd(html.charAt(after)))) {
        return name;
      }
    }
    return null;
  }

  private static boolean isTagNameEnd(char c) {
    return c == '>' || c == '/' || Character.isWhitespace(c);
  }

  /** Where {@code </name} closes the element, searching from from, or -1. */
  private static int closer(String html, String name, int from) {
    int p = html.indexOf("</", from);
    while (p >= 0) {
      int after = p + 2 + name.length();
      if (html.regionMatches(true, p + 2, name, 0, name.length())
          && (after >= html.length() || isTagNameEnd(html.charAt(after)))) {
        return p;
      }
      p = html.indexOf("</", p + 2);
    }
    return -1;
  }

  /** The start of the first line after from that begins (after indentation) with a tag; the page's end if none. */
  private static int nextTagLine(String html, int from) {
    int p = html.indexOf('\n', from);
    while (p >= 0) {
      int q = p + 1;
      while (q < html.length() && (html.charAt(q) == ' ' || html.charAt(q) == '\t' || html.charAt(q) == '\r')) {
        q++;
      }
      if (q + 1 < html.length() && html.charAt(q) == '<'
          && (Character.isLetter(html.charAt(q + 1)) || html.charAt(q + 1) == '/' || html.charAt(q + 1) == '!')) {
        return p + 1;
      }
      p = html.indexOf('\n', q);
    }
    return html.length();
  }
}
