package dev.chorus.ingest;

import dev.chorus.model.Article;
import java.io.IOException;

/** Plain-text files: one article per file, the id is the file name's stem. The title is found after cleaning. */
public final class TextReader implements DocumentReader {
  private final TextDecoder decoder = new TextDecoder();
  private final IngestLimits limits;

  public TextReader(IngestLimits limits) {
    this.limits = limits;
  }

  @Override
  public String format() {
    return "txt";
  }

  @Override
  public boolean accepts(String innerName) {
    return innerName.endsWith(".txt") || innerName.endsWith(".text");
  }

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException, UnreadableInputException {
    String id = input.stem();
    if (sink.alreadyDone(id, input.displayName())) {
      return;
    }
    String text = decoder.decode(input.readAll(limits.maxDocumentBytes())).text();
    sink.accept(Article.ingested(id, input.displayName(), format(), null, null, null, null, null, null, null, text));
  }
}
