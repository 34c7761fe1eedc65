package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a running server, as the page makes them. */
final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ApiClient() {}

  /** GET of a path with its query ({@code /api/...}), relative to the server's root. */
  static HttpResponse<String> get(ChorusServer server, String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON a path answers, which must answer 200. */
  static JsonNode json(ChorusServer server, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(server, pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
