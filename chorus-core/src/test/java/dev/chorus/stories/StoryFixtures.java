package dev.chorus.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Reuters events fixture and the bundled corpus, as story documents with their event. */
final class StoryFixtures {
  static final Path DEMO = Path.of("..", "examples", "kazakhstan-2022");
  static final String DEMO_EVENT = "kazakhstan-unrest";

  private StoryFixtures() {}

  /** Article id → event, Reuters stories in file order. */
  static Map<String, String> reutersEvents() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode n : reuters()) {
      out.put(n.get("id").asText(), n.get("event").asText());
    }
    return out;
  }

  static List<JsonNode> reuters() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        StoryFixtures.class.getResourceAsStream("reuters-events.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(mapper.readTree(line));
        }
      }
    }
    return out;
  }

  static List<StoryDocument> reutersDocs() throws IOException {
    List<StoryDocument> out = new ArrayList<>();
    for (JsonNode n : reuters()) {
      out.add(new StoryDocument(n.get("id").asText(), n.get("text").asText()));
    }
    return out;
  }

  static List<StoryDocument> demoDocs() throws IOException {
    List<StoryDocument> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(DEMO)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        out.add(new StoryDocument(name.substring(0, name.length() - 4), Files.readString(p)));
      }
    }
    return out;
  }
}
