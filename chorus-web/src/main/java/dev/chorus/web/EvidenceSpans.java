package dev.chorus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** Finds the evidence spans and article ids inside a finding of any section, and clips the text of a span. */
final class EvidenceSpans {
  /** Evidence snippets are clipped: a list shows the start of a span, the article shows all of it. */
  static final int SNIPPET_CHARS = 400;

  private EvidenceSpans() {}

  /** Walks a finding for article ids and evidence spans (objects with article, start and end). */
  static void collect(JsonNode v, Set<String> named, List<ObjectNode> spans) {
    if (v.isArray()) {
      v.forEach(x -> collect(x, named, spans));
      return;
    }
    if (!v.isObject()) {
      return;
    }
    ObjectNode o = (ObjectNode) v;
    if (o.path("article").isTextual() && o.path("start").isInt() && o.path("end").isInt()) {
      spans.add(o);
    }
    for (String k : List.of("article", "a", "b", "earlier", "first")) {
      if (o.path(k).isTextual()) {
        named.add(o.get(k).asText());
      }
    }
    if (o.path("articles").isArray()) {
      o.get("articles").forEach(x -> {
        if (x.isTextual()) {
          named.add(x.asText());
        }
      });
    }
    if (o.path("passages").isArray() && o.path("a").isTextual() && o.path("b").isTextual()) {
      for (JsonNode p : o.get("passages")) {
        if (p.isObject()) {
          // Passages carry no article ids of their own; keep them while snippets are attached.
          ((ObjectNode) p).put("a", o.get("a").asText()).put("b", o.get("b").asText());
          spans.add((ObjectNode) p);
        }
      }
    }
    o.fields().forEachRemaining(e -> {
      if (e.getValue().isContainerNode() && !e.getKey().equals("passages")) {
        collect(e.getValue(), named, spans);
      }
    });
  }

  /** The span's text, its first {@link #SNIPPET_CHARS} when longer; null when the span is not inside the text. */
  static String snippet(String text, int start, int end) {
    if (text == null || start < 0 || end > text.length() || start >= end) {
      return null;
    }
    return end - start <= SNIPPET_CHARS ? text.substring(start, end) : text.substring(start, start + SNIPPET_CHARS);
  }
}
