package dev.chorus.extract;

import java.util.List;

/** A page split into text blocks (kept and dropped, in page order) plus its metadata. */
public record ExtractedPage(PageMetadata metadata, List<TextBlock> blocks) {
  public ExtractedPage {
    blocks = List.copyOf(blocks);
  }

  /** The kept blocks joined by newlines: the article's main text. */
  public String mainText() {
    StringBuilder sb = new StringBuilder();
    for (TextBlock b : blocks) {
      if (b.kept()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(b.text());
      }
    }
    return sb.toString();
  }
}
