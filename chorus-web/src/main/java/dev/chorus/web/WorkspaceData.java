package dev.chorus.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the UI's answers are made of, read from one workspace: article metadata and texts, and finding sections in
 * the shape the JSON export writes them. Two sources: the workspace's tables ({@link SqlWorkspaceData}, for the
 * server and the report of a workspace) and an export already in JSON ({@link ExportWorkspaceData}). Everything
 * built on top ({@link OverviewBuilder}, {@link FindingPages}) is written once.
 */
interface WorkspaceData {
  /** {@code article_count}, {@code sources_count}, first and last publication dates (inferred ones marked). */
  ObjectNode articleSummary();

  /** Sources in order of first publication, each with its count, dates, languages and first ids. */
  ArrayNode sources(int limit, int idsPerSource);

  /** How many elements a section has. */
  long total(String section);

  /** How many comparisons have this verdict. */
  long comparisonsWithVerdict(String verdict);

  /**
   * Claim groups as the claims view forms them (claims by key, else one per claim; a comparison whose key no claim
   * has is a group of its own) that no comparison found in agreement, conflict or compatible and that have at most
   * one article: the groups listed as single-source.
   */
  long singleSourceGroups();

  /** One finding section whole, as the export writes it. */
  ArrayNode section(String name);

  /**
   * A page of a section in the export's shape; {@code residue}: one element per removal,
   * {@code {"article", "removal": {"start", "end", "text", "reason"}}}.
   */
  ArrayNode rows(String section, int offset, int limit);

  /** Article metadata in time order (undated last), no texts: {@code total}, {@code offset}, {@code items}. */
  ObjectNode articles(int offset, int limit);

  /** One article with its texts, removals, offset map, sentences and the annotations inside it; null if unknown. */
  ObjectNode article(String id);

  /** Every article as {@link #article} gives it, by id in time order (undated last): what a report carries. */
  Map<String, ObjectNode> allArticles();

  /** Puts the metadata of the named articles into {@code meta}, and the cleaned text of those in withText. */
  void lookUp(Collection<String> ids, Set<String> withText, ObjectNode meta, Map<String, String> texts);

  /** Inputs the analysis skipped, with the reason: {@code [{"input", "reason"}]}. */
  ArrayNode skippedInputs();
}
