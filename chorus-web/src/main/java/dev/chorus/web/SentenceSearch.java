package dev.chorus.web;

import dev.chorus.model.Article;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Full-text search over the workspace's sentences (Lucene, BM25, in memory). Each hit is a sentence span, so a
 * result opens the article at the sentence. Built once when the server starts; thread-safe for searching.
 */
public final class SentenceSearch {
  /** A hit: the sentence span, its text and its score. */
  public record Hit(Span span, String text, float score) {}

  /** A query refused as too long or too costly to run; the message says why, for the user. */
  public static final class RefusedQuery extends IllegalArgumentException {
    RefusedQuery(String message) {
      super(message);
    }
  }

  /** Longer than any phrase a user types; a bound on parsing and on the clauses a query can make. */
  static final int MAX_QUERY_CHARS = 500;

  private final Directory directory = new ByteBuffersDirectory();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<Hit> sentences = new ArrayList<>();

  public SentenceSearch(Workspace ws) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      ws.forEachArticle(a -> index(writer, a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    searcher = new IndexSearcher(reader);
  }

  private void index(IndexWriter writer, Article a) {
    for (Sentence s : a.sentences()) {
      String text = a.text().substring(s.start(), s.end());
      sentences.add(new Hit(new Span(a.id(), s.start(), s.end()), text, 0));
      Document d = new Document();
      d.add(new StringField("article", a.id(), Field.Store.YES));
      d.add(new StoredField("start", s.start()));
      d.add(new StoredField("end", s.end()));
      d.add(new TextField("text", text, Field.Store.YES));
      try {
        writer.addDocument(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Every sentence indexed, in workspace order (what {@link SemanticSearch} embeds). */
  public List<Hit> sentences() {
    return List.copyOf(sentences);
  }

  /**
   * Searches with Lucene's query syntax ({@code "exact phrase"}, {@code AND}, {@code peace*}); a query that does
   * not parse is searched as plain words.
   */
  public List<Hit> search(String query, int limit) throws IOException {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new RefusedQuery("a query may have at most " + MAX_QUERY_CHARS + " characters");
    }
    Query q;
    QueryParser parser = new BoundedQueryParser(analyzer);
    try {
      q = parser.parse(query);
    } catch (ParseException e) {
      try {
        q = parser.parse(QueryParser.escape(query));
      } catch (ParseException again) {
        return List.of();
      }
    }
    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] found;
    try {
      found = searcher.search(q, limit).scoreDocs;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new RefusedQuery("the query's wildcards match too many words; make them longer");
    }
    for (ScoreDoc sd : found) {
      Document d = searcher.storedFields().document(sd.doc);
      hits.add(new Hit(new Span(d.get("article"), d.getField("start").numericValue().intValue(),
          d.getField("end").numericValue().intValue()), d.get("text"), sd.score));
    }
    return hits;
  }

  /**
   * Lucene's classic syntax without its costly parts: a regular expression ({@code /…/}) can take exponential time
   * to compile into an automaton, so it is refused; fuzzy terms keep their first character, which bounds the words
   * they visit; leading wildcards stay refused (the parser's default), which makes them plain words.
   */
  private static final class BoundedQueryParser extends QueryParser {
    BoundedQueryParser(StandardAnalyzer analyzer) {
      super("text", analyzer);
      setFuzzyPrefixLength(1);
    }

    @Override
    protected Query newRegexpQuery(Term regexp) {
      throw new RefusedQuery("regular expressions are not supported; put text with slashes in quotes");
    }
  }
}
