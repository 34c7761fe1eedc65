package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFilterTest {
  private static List<String> names(NlpDocument doc, String text) {
    return MentionFilter.names("a", doc, text).stream().map(Mention::text).toList();
  }

  @Test
  void joinsANameSplitAtAHyphen() {
    String t = "The Kazakh president, Kassym-Jomart Tokayev, today rejected it.";
    NlpDocument doc = FixtureDocs.of(t).mention("Kassym", "LOCATION").mention("Jomart Tokayev", "PERSON").build();
    List<Mention> ms = MentionFilter.names("a", doc, t);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("Kassym-Jomart Tokayev");
      assertThat(m.type()).isEqualTo(EntityType.PERSON);
    });
  }

  /**
   * Which of the backend's mentions are kept as names. Columns: what the case shows | text (\n for a line break) |
   * mentions as surface:TYPE, ';' between them | the names kept, ';' between them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      drops pronouns | Tokayev said he had asked. | Tokayev:PERSON;he:PERSON | Tokayev
      drops lower-case debris | log in or register\\nloader\\nChats | loader:ORGANIZATION |
      drops names in a photo credit | © AFP 2023 / RUSLAN PRYANIKOVProtesters attend a rally in Almaty on January 4. \
          | RUSLAN:PERSON;Almaty:LOCATION | Almaty
      drops headline fragments tagged as organisations \
          | Unrest Provoked By External Forces to Disrupt Security & Integrity \
          | External Forces to Disrupt Security & Integrity:ORGANIZATION |
      keeps organisation names with joiners | the Ministry of Foreign Affairs said \
          | Ministry of Foreign Affairs:ORGANIZATION | Ministry of Foreign Affairs
      drops MISC and numbers | Kazakh forces, 18 officers | Kazakh:MISC;18:NUMBER |
      """)
  void keepsOnlyNames(String shows, String text, String mentions, String kept) {
    String t = text.replace("\\n", "\n");
    FixtureDocs fixture = FixtureDocs.of(t);
    for (String m : mentions.split(";")) {
      int colon = m.lastIndexOf(':');
      fixture.mention(m.substring(0, colon), m.substring(colon + 1));
    }
    assertThat(names(fixture.build(), t)).isEqualTo(kept == null ? List.of() : List.of(kept.split(";")));
  }
}
