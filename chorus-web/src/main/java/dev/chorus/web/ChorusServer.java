package dev.chorus.web;

import dev.chorus.embeddings.OnnxSentenceEncoder;
import dev.chorus.export.JsonExporter;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.store.DuckDbWorkspace;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.OutputStream;
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
 * <p>Routes: {@code /} the page; {@code /app.js}, {@code /app.css} its code; {@code /vendor/cytoscape.min.js} the graph
 * library from its WebJar; {@code /api/data} the workspace as the JSON export; {@code /api/search?q=} full-text
 * search over sentences ({@code &mode=meaning}: by sentence embeddings); {@code /api/info} what the server offers.
 * Each route is one fixed resource read at start-up and nothing else is served, so there is
 * no path to traverse.
 */
public final class ChorusServer implements AutoCloseable {
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** How long a search by meaning waits for its index the first time (the demo's takes a second or two). */
  static final int INDEX_WAIT_SECONDS = 60;

  private final DuckDbWorkspace workspace;
  private final String host;
  private final Javalin app;
  private final String page;
  private final String script;
  private final String style;
  private final String cytoscape;
  private final SentenceSearch searchIndex;
  private final Supplier<SentenceEncoder> encoder;
  private volatile CompletableFuture<SemanticSearch> meaningIndex;

  private ChorusServer(DuckDbWorkspace workspace, String host, int port, Supplier<SentenceEncoder> encoder) {
    this.encoder = encoder;
    this.workspace = workspace;
    this.host = host;
    this.page = WebAssets.read("index.html")
        .replace("<!--STYLE-->", "<link rel=\"stylesheet\" href=\"app.css\">")
        .replace("<!--DATA-->", "")
        .replace("<!--VENDOR-->", "<script src=\"vendor/cytoscape.min.js\"></script>")
        .replace("<!--SCRIPT-->", "<script src=\"app.js\"></script>");
    this.script = WebAssets.read("app.js");
    this.cytoscape = WebAssets.cytoscape();
    this.style = WebAssets.read("app.css");
    this.searchIndex = new SentenceSearch(workspace);
    this.app = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
      config.startup.showJavalinBanner = false;
      config.routes.before(ctx -> secure(ctx));
      config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
      config.routes.get("/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script));
      config.routes.get("/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(style));
      config.routes.get("/vendor/cytoscape.min.js",
          ctx -> ctx.contentType("text/javascript; charset=utf-8").result(cytoscape));
      config.routes.get("/api/data", this::data);
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
    return "http://" + host + ":" + port() + "/";
  }

  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", SecurityHeaders.SERVER_CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
  }

  private void data(Context ctx) throws Exception {
    ctx.contentType("application/json; charset=utf-8");
    OutputStream out = ctx.res().getOutputStream();
    synchronized (workspace) { // one JDBC connection: requests take turns
      new JsonExporter().write(workspace, out);
    }
    out.flush();
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

  /** The index for search by meaning, built once on first use; null (with the response set) when there is none. */
  private SemanticSearch meaningIndex(Context ctx) throws InterruptedException {
    if (encoder == null) {
      ctx.status(501).json(Map.of("error", "search by meaning is not available on this server"));
      return null;
    }
    synchronized (this) {
      if (meaningIndex == null) {
        List<SentenceSearch.Hit> sentences = searchIndex.sentences();
        meaningIndex = CompletableFuture.supplyAsync(() -> new SemanticSearch(sentences, encoder.get()), runnable -> {
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
    workspace.close();
  }
}
