package dev.chorus.web;

import static dev.chorus.web.JsonRows.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything the server would answer the page, computed once for the report by the same classes:
 * {@code {"overview": …, "articles": [metadata in time order], "article": {id: article},
 * "findings": {section: one page holding the whole section}}}. The page reads it through the same calls as the
 * server's API, so neither the views nor the data layer know which they run on.
 */
final class ReportData {
  /** Articles per metadata page read while collecting them all. */
  private static final int ARTICLES_PAGE = 500;

  private ReportData() {}

  static ObjectNode of(WorkspaceData data) {
    FindingPages pages = new FindingPages(data);
    ObjectNode out = MAPPER.createObjectNode();
    out.set("overview", new OverviewBuilder(data, pages).overview());
    ArrayNode articles = out.putArray("articles");
    for (int offset = 0; ; offset += ARTICLES_PAGE) {
      JsonNode page = data.articles(offset, ARTICLES_PAGE).get("items");
      if (page.isEmpty()) {
        break;
      }
      articles.addAll((ArrayNode) page);
    }
    ObjectNode byId = out.putObject("article");
    data.allArticles().forEach(byId::set);
    ObjectNode findings = out.putObject("findings");
    for (SectionCatalog.Section s : SectionCatalog.sections()) {
      findings.set(s.name(), pages.page(s.name(), 0, Integer.MAX_VALUE));
    }
    return out;
  }
}
