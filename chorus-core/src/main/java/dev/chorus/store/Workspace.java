package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where an analysis keeps its results. One writer at a time; not thread-safe (the analysis writes from one thread).
 */
public interface Workspace extends AutoCloseable {
  /** The database file. */
  Path file();

  /** Id → input of every stored article: what a rerun need not process again. */
  Map<String, String> storedInputs();

  /** Starts a run and returns its id. */
  int beginRun(String command);

  /** Writes a batch atomically: all of it or, after a crash, none of it. */
  void write(int runId, List<Article> articles, List<SkippedInput> skipped);

  void finishRun(int runId, String status, int articlesAdded, int inputsSkipped);

  /** Flags every article whose content equals an earlier one's (by id order) with {@code duplicate_of}. */
  int markExactDuplicates();

  /** Stored articles in id order, with cleaned text, removals (original offsets) and sentences. */
  void forEachArticle(Consumer<Article> consumer);

  List<SkippedInput> skippedInputs();

  WorkspaceSummary summary();

  /** The JDBC connection, for exports and corpus stages that speak SQL. Owned by the workspace. */
  Connection connection();

  @Override
  void close();
}
