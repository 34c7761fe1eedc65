package dev.chorus.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's {@code <meta>} tags by lower-cased name ({@code property}, {@code name}, {@code itemprop} or {@code http-equiv}); the first wins. */
final class MetaTags {
  private final Map<String, String> values = new HashMap<>();

  MetaTags(Document doc) {
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = m.attr(attr).strip();
        if (!key.isEmpty()) {
          values.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        }
      }
    }
  }

  /** The content of the meta tag with this name, or null. */
  String get(String name) {
    return values.get(name);
  }

  /** The first name of {@code names} that the page has, or null. */
  String firstPresent(List<String> names) {
    for (String n : names) {
      if (values.containsKey(n)) {
        return n;
      }
    }
    return null;
  }
}
