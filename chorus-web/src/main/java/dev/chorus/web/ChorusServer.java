package dev.chorus.web;

import dev.chorus.export.JsonExporter;
import dev.chorus.store.DuckDbWorkspace;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serves the UI over one workspace, read-only. The workspace stays open while the server runs: DuckDB allows one
 * writer or many readers, so an {@code analyze} on the same workspace meanwhile fails with a message saying
 * another process has it open.
 *
 * <p>Routes: {@code /} the page; {@code /app.js}, {@code /app.css} its code; {@code /vendor/cytoscape.min.js} the graph
 * library from its WebJar; {@code /api/data} the workspace as the JSON export; {@code /api/search?q=} full-text
 * search over sentences. Each route is one fixed resource read at start-up and nothing else is served, so there is
 * no path to traverse.
 */
public final class ChorusServer implements AutoCloseable {
  public static final String DEFAULT_HOST = "127.0.0.1";

  private final DuckDbWorkspace workspace;
  private final String host;
  private final Javalin app;
  private final String page;
  private final String script;
  private final String style;
  private final String cytoscape;
  private final SentenceSearch searchIndex;

  private ChorusServer(DuckDbWorkspace workspace, String host, int port) {
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
    });
  }

  /**
   * Opens the workspace read-only and starts serving.
   *
   * @param port 0 picks a free port
   */
  public static ChorusServer start(Path workspaceDir, String host, int port) {
    DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspaceDir);
    try {
      ChorusServer server = new ChorusServer(ws, host, port);
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
    List<Map<String, Object>> out = new ArrayList<>();
    for (SentenceSearch.Hit h : searchIndex.search(q, 50)) {
      out.add(Map.of("article", h.span().article(), "start", h.span().start(), "end", h.span().end(),
          "text", h.text(), "score", h.score()));
    }
    ctx.json(out);
  }

  @Override
  public void close() {
    app.stop();
    workspace.close();
  }
}
