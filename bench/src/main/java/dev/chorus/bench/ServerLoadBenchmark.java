package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.AnalysisResult;
import dev.chorus.web.ChorusServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A bounded load test of the local server: {@code bench/run ServerLoadBenchmark [--articles N] [--requests N]
 * [--clients N]}. Analyses N Reuters-21578 stories (the whole analysis) into a workspace, serves it on 127.0.0.1,
 * then sends each route the given number of GET requests from that many concurrent clients, and prints throughput,
 * p50/p99 latency, errors and the server's heap after a full collection before and after, beside a static file
 * (the page's stylesheet, the floor that Jetty and the guards set). Client and server share the JVM and the two
 * cores, so the figures are a lower bound on what a browser alone would see.
 */
public final class ServerLoadBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Everyday words of wire news to search for; any words present in the pile would do. */
  private static final String[] QUERIES = {"oil", "bank", "shares", "trade", "prices", "government", "\"per share\"",
      "dollar", "profit*", "company AND sales"};

  private ServerLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int articles = intArg(args, "--articles", 300);
    int requests = intArg(args, "--requests", 5000);
    int clients = intArg(args, "--clients", 16);
    Path dir = Files.createTempDirectory("chorus-load");
    Path jsonl = dir.resolve("reuters.jsonl");
    ReutersSample.write(BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz"), jsonl, articles);
    long t0 = System.nanoTime();
    AnalysisResult analysed = new Analysis(AnalysisOptions.of(List.of(jsonl.toString()), dir.resolve("ws")), null)
        .run("bench");
    System.out.printf("Analysed %d Reuters stories in %.0f s%n", analysed.articlesAdded(),
        (System.nanoTime() - t0) / 1e9);

    ExecutorService clientThreads = Executors.newFixedThreadPool(clients);
    try (ChorusServer server = ChorusServer.start(dir.resolve("ws"), ChorusServer.DEFAULT_HOST, 0, null)) {
      HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
      String base = server.url();
      List<String> ids = new ArrayList<>();
      for (JsonNode a : JSON.readTree(get(http, base + "api/articles?limit=500").body()).get("items")) {
        ids.add(a.get("id").asText());
      }
      Random random = new Random(7);
      System.out.printf("%n%d requests per route, %d concurrent clients, 127.0.0.1, heap limit %d MiB%n", requests,
          clients, Runtime.getRuntime().maxMemory() >> 20);
      System.out.printf("%-26s %10s %9s %9s %7s %13s %13s%n", "route", "req/s", "p50 ms", "p99 ms", "errors",
          "heap before", "heap after");
      run(http, clients, requests, "static file (baseline)", i -> base + "app.css");
      run(http, clients, requests, "/api/overview", i -> base + "api/overview");
      run(http, clients, requests, "/api/article?id=", i -> base + "api/article?id="
          + URLEncoder.encode(ids.get(random.nextInt(ids.size())), StandardCharsets.UTF_8));
      run(http, clients, requests, "/api/search?q=", i -> base + "api/search?q="
          + URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8));
    } finally {
      clientThreads.shutdownNow();
    }
  }

  private static void run(HttpClient http, int clients, int requests, String label, IntFunction<String> url)
      throws Exception {
    for (int i = 0; i < Math.min(200, requests); i++) { // warm-up: JIT, caches, the overview's first computation
      get(http, url.apply(i));
    }
    long heapBefore = heapAfterGc();
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
          long s = System.nanoTime();
          try {
            if (get(http, url.apply(i)).statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies[i] = System.nanoTime() - s;
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    Arrays.sort(latencies);
    System.out.printf("%-26s %10.0f %9.1f %9.1f %7d %10d MiB %10d MiB%n", label, requests / secs,
        latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.99)] / 1e6, errors.get(), heapBefore,
        heapAfterGc());
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private static int intArg(String[] args, String name, int absent) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return absent;
  }
}
