package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFilterTest {
  private static List<String> names(NlpDocument doc, String text) {
    return MentionFilter.names("a", doc, text).stream().map(Mention::text).toList();
  }

  @Test
  void dropsPronouns() {
    String t = "Tokayev said he had asked.";
    NlpDocument doc = FixtureDocs.of(t).mention("Tokayev", "PERSON").mention("he", "PERSON").build();
    assertThat(names(doc, t)).containsExactly("Tokayev");
  }

  @Test
  void dropsLowerCaseDebris() {
    String t = "log in or register\nloader\nChats";
    assertThat(names(FixtureDocs.of(t).mention("loader", "ORGANIZATION").build(), t)).isEmpty();
  }

  @Test
  void dropsNamesInAPhotoCredit() {
    String t = "© AFP 2023 / RUSLAN PRYANIKOVProtesters attend a rally in Almaty on January 4.";
    NlpDocument doc = FixtureDocs.of(t).mention("RUSLAN", "PERSON").mention("Almaty", "LOCATION").build();
    assertThat(names(doc, t)).containsExactly("Almaty");
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

  @Test
  void dropsHeadlineFragmentsTaggedAsOrganisations() {
    String t = "Unrest Provoked By External Forces to Disrupt Security & Integrity";
    NlpDocument doc = FixtureDocs.of(t).mention("External Forces to Disrupt Security & Integrity", "ORGANIZATION")
        .build();
    assertThat(names(doc, t)).isEmpty();
  }

  @Test
  void keepsOrganisationNamesWithJoiners() {
    String t = "the Ministry of Foreign Affairs said";
    NlpDocument doc = FixtureDocs.of(t).mention("Ministry of Foreign Affairs", "ORGANIZATION").build();
    assertThat(names(doc, t)).containsExactly("Ministry of Foreign Affairs");
  }

  @Test
  void dropsMiscAndNumbers() {
    String t = "Kazakh forces, 18 officers";
    NlpDocument doc = FixtureDocs.of(t).mention("Kazakh", "MISC").mention("18", "NUMBER").build();
    assertThat(names(doc, t)).isEmpty();
  }
}
