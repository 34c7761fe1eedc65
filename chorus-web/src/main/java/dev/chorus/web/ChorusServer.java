package dev.chorus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.embeddings.OnnxSentenceEncoder;
import dev.chorus.export.JsonExporter;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.store.DuckDbWorkspace;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Serves the UI over one workspace, read-only. The workspace stays open while the server runs: DuckDB allows one
 * writer or many readers, so an {@code analyze} on the same workspace meanwhile fails with a message saying
 * another process has it open.
 *
 * <p>Routes: {@code /} the page; {@code /app.js} (its scripts as one, see {@link WebAssets#script()}) and
 * {@code /app.css} its code; {@code /vendor/cytoscape.min.js} the graph library from its WebJar; {@code /api/data}
 * the workspace as the JSON export (kept for scripts; the page does not load it); {@code /api/overview},
 * {@code /api/articles?offset=&limit=}, {@code /api/article?id=} and {@code /api/findings/{section}?offset=&limit=}
 * what the page reads, a page at a time (see {@link OverviewBuilder}, {@link FindingPages}, {@link WorkspaceData});
 * {@code /api/search?q=} full-text search over sentences ({@code &mode=meaning}: by sentence embeddings);
 * {@code /api/info} what the server offers. Each route is one fixed resource read at start-up and nothing else is
 * served, so there is no path to traverse.
 */
public final class ChorusServer implements AutoCloseable {
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** How long a search by meaning waits for its index the first time (the demo's takes a second or two). */
  static final int INDEX_WAIT_SECONDS = 60;
  /** The largest page a client may ask for. */
  static final int MAX_LIMIT = 500;

  private final DuckDbWorkspace workspace;
  private final String host;
  private final RequestGuard guard;
  private final Javalin app;
  private final String page;
  private final String script;
  private final String style;
  private final String cytoscape;
  private final SentenceSearch searchIndex;
  private final WorkspaceData data;
  private final ArticleReaders articleReaders;
  private final FindingPages pages;
  private final OverviewBuilder overview;
  private final Supplier<SentenceEncoder> encoder;
  private volatile CompletableFuture<SemanticSearch> meaningIndex;
  private volatile String overviewJson;

  private ChorusServer(DuckDbWorkspace workspace, String host, int port, Supplier<SentenceEncoder> encoder) {
    this.encoder = encoder;
    this.workspace = workspace;
    this.host = host;
    this.guard = new RequestGuard(host);
    this.page = WebAssets.page("", "<link rel=\"stylesheet\" href=\"app.css\">", "",
        "<script src=\"vendor/cytoscape.min.js\"></script>", "<script src=\"app.js\"></script>");
    this.script = WebAssets.script();
    this.cytoscape = WebAssets.cytoscape();
    this.style = WebAssets.read("app.css");
    this.searchIndex = new SentenceSearch(workspace);
    this.data = new SqlWorkspaceData(workspace);
    try {
      this.articleReaders = new ArticleReaders(workspace.connection(), Runtime.getRuntime().availableProcessors());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot open readers of " + workspace.file() + ": " + e.getMessage(), e);
    }
    this.pages = new FindingPages(data);
    this.overview = new OverviewBuilder(data, pages);
    this.app = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
      config.startup.showJavalinBanner = false;
      config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorPages()));
      config.routes.before(ctx -> {
        SecurityHeaders.SERVER.forEach(ctx::header);
        guard.check(ctx);
      });
      config.routes.exception(SentenceSearch.RefusedQuery.class,
          (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
      config.routes.exception(HttpResponseException.class,
          (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> ctx.status(500)
          .json(Map.of("error", "the workspace could not be read: " + String.valueOf(e.getMessage()))));
      config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
      config.routes.get("/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script));
      config.routes.get("/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(style));
      config.routes.get("/vendor/cytoscape.min.js",
          ctx -> ctx.contentType("text/javascript; charset=utf-8").result(cytoscape));
      config.routes.get("/api/data", this::export);
      config.routes.get("/api/overview", this::overview);
      config.routes.get("/api/articles", ctx -> paged(ctx, data::articles));
      config.routes.get("/api/article", this::article);
      config.routes.get("/api/findings/{section}", this::findings);
      config.routes.get("/api/search", this::search);
      config.routes.get("/api/info", ctx -> ctx.json(Map.of("semantic", encoder != null)));
    });
  }

  /**
   * Opens the workspace read-only and starts serving.
   *
   * @param port 0 picks a free port
   */
  public static ChorusServer start(Path workspaceDir, String host, int port) {
    return start(workspaceDir, host, port, OnnxSentenceEncoder::configured);
  }

  /**
   * As {@link #start(Path, String, int)}, with the sentence encoder for search by meaning (null: no such search).
   * The encoder is asked for, and the sentences embedded, on the first search by meaning.
   */
  public static ChorusServer start(Path workspaceDir, String host, int port, Supplier<SentenceEncoder> encoder) {
    DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspaceDir);
    try {
      ChorusServer server = new ChorusServer(ws, host, port, encoder);
      server.app.start();
      return server;
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  public String url() {
    String name = host.contains(":") ? "[" + host + "]" : host;
    String token = guard.token();
    return "http://" + name + ":" + port() + "/" + (token == null ? "" : "?" + RequestGuard.TOKEN_PARAM + "=" + token);
  }

  /**
   * The whole export, written to a temporary file first and sent only once complete: a workspace that fails to read
   * half-way answers 500 with the reason, never a 200 cut short.
   */
  private void export(Context ctx) throws Exception {
    Path spool = Files.createTempFile("chorus-export-", ".json");
    try {
      try (OutputStream out = Files.newOutputStream(spool)) {
        synchronized (workspace) { // one JDBC connection: requests take turns
          new JsonExporter().write(workspace, out);
        }
      }
      ctx.contentType("application/json; charset=utf-8");
      ctx.header("Content-Length", Long.toString(Files.size(spool)));
      try (InputStream in = Files.newInputStream(spool)) {
        in.transferTo(ctx.res().getOutputStream());
      }
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /**
   * The overview, computed on the first request and then answered from memory: the workspace is open read-only
   * while the server runs, so it cannot change under it.
   */
  private void overview(Context ctx) throws IOException {
    String body = overviewJson;
    if (body == null) {
      synchronized (workspace) {
        if (overviewJson == null) {
          overviewJson = JsonRows.MAPPER.writeValueAsString(overview.overview());
        }
        body = overviewJson;
      }
    }
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  /** A page of JSON for {@code offset} and {@code limit}. */
  private interface PageQuery {
    JsonNode get(int offset, int limit);
  }

  /** A JSON answer computed under the workspace lock; 404 when there is none. */
  private void respond(Context ctx, Supplier<JsonNode> query) throws IOException {
    JsonNode out;
    synchronized (workspace) { // one JDBC connection: requests take turns
      out = query.get();
    }
    if (out == null) {
      ctx.status(404).json(Map.of("error", "not found"));
      return;
    }
    ctx.contentType("application/json; charset=utf-8").result(JsonRows.MAPPER.writeValueAsString(out));
  }

  private void paged(Context ctx, PageQuery query) throws IOException {
    Integer offset = bounded(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
    Integer limit = bounded(ctx.queryParam("limit"), 50, 1, MAX_LIMIT);
    if (offset == null || limit == null) {
      ctx.status(400).json(Map.of("error", "offset must be 0 or more and limit between 1 and "
          + MAX_LIMIT));
      return;
    }
    respond(ctx, () -> query.get(offset, limit));
  }

  /** The parameter as an int within bounds, the default when absent, null when malformed or out of bounds. */
  static Integer bounded(String value, int absent, int min, int max) {
    if (value == null || value.isEmpty()) {
      return absent;
    }
    if (!value.matches("\\d{1,10}")) {
      return null;
    }
    long v = Long.parseLong(value);
    return v < min || v > max ? null : (int) v;
  }

  // The id travels as a query parameter, not a path segment: ids may hold '/', which servlet containers refuse
  // (or normalise) when encoded inside a path.
  private void article(Context ctx) throws Exception {
    String id = ctx.queryParam("id");
    if (id == null || id.isEmpty()) {
      ctx.status(400).json(Map.of("error", "id is required"));
      return;
    }
    ObjectNode out = articleReaders.article(id);
    if (out == null) {
      ctx.status(404).json(Map.of("error", "not found"));
      return;
    }
    ctx.contentType("application/json; charset=utf-8").result(JsonRows.MAPPER.writeValueAsString(out));
  }

  private void findings(Context ctx) throws IOException {
    String section = ctx.pathParam("section");
    if (!SectionCatalog.isSection(section)) {
      ctx.status(404).json(Map.of("error", "no such section"));
      return;
    }
    paged(ctx, (offset, limit) -> pages.page(section, offset, limit));
  }

  private void search(Context ctx) throws Exception {
    String q = ctx.queryParam("q");
    List<SentenceSearch.Hit> hits;
    if ("meaning".equals(ctx.queryParam("mode"))) {
      SemanticSearch index = meaningIndex(ctx);
      if (index == null) {
        return;
      }
      hits = index.search(q, 50);
    } else {
      hits = searchIndex.search(q, 50);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (SentenceSearch.Hit h : hits) {
      out.add(Map.of("article", h.span().article(), "start", h.span().start(), "end", h.span().end(),
          "text", h.text(), "score", h.score()));
    }
    ctx.json(out);
  }

  /** The index for search by meaning once built (for tests); null before. */
  SemanticSearch meaningIndexIfBuilt() {
    CompletableFuture<SemanticSearch> f = meaningIndex;
    return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
  }

  /** The index for search by meaning, built once on first use; null (with the response set) when there is none. */
  private SemanticSearch meaningIndex(Context ctx) throws InterruptedException {
    if (encoder == null) {
      ctx.status(501).json(Map.of("error", "search by meaning is not available on this server"));
      return null;
    }
    synchronized (this) {
      if (meaningIndex == null) {
        List<SentenceSearch.Hit> sentences = searchIndex.sentences();
        meaningIndex = CompletableFuture.supplyAsync(() -> {
          SentenceEncoder e = encoder.get();
          return new SemanticSearch(sentences, e, new StoredVectors(workspace, e.name()));
        }, runnable -> {
          Thread t = new Thread(runnable, "chorus-meaning-index");
          t.setDaemon(true);
          t.start();
        });
      }
    }
    try {
      return meaningIndex.get(INDEX_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      ctx.status(503).json(Map.of("error", "still embedding " + searchIndex.sentences().size()
          + " sentences for search by meaning; try again in a minute"));
    } catch (ExecutionException e) {
      ctx.status(503).json(Map.of("error", "search by meaning failed to start: " + e.getCause().getMessage()));
    }
    return null;
  }

  @Override
  public void close() {
    app.stop();
    articleReaders.close();
    workspace.close();
  }
}
