package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityCanonicalizerTest {
  private final List<Mention> mentions = new ArrayList<>();
  private int offset;

  private void add(String article, String text, EntityType type) {
    mentions.add(new Mention(new Span(article, offset, offset + text.length()), text, type));
    offset += text.length() + 10;
  }

  private CanonicalEntity entityOf(String alias) {
    return EntityCanonicalizer.canonicalize(mentions).stream()
        .filter(e -> e.name().equals(alias) || e.aliases().contains(alias)).findFirst().orElseThrow();
  }

  @Test
  void mergesSurnameTitleInitialAndFullName() {
    add("a", "Tokayev", EntityType.PERSON);
    add("b", "President Tokayev", EntityType.PERSON);
    add("c", "K. Tokayev", EntityType.PERSON);
    add("d", "Kassym-Jomart Tokayev", EntityType.PERSON);
    List<CanonicalEntity> es = EntityCanonicalizer.canonicalize(mentions);
    assertThat(es).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Kassym-Jomart Tokayev");
      assertThat(e.id()).isEqualTo("person:kassym-jomart-tokayev");
      assertThat(e.aliases()).containsExactlyInAnyOrder("Tokayev", "K. Tokayev");
      assertThat(e.mentions()).hasSize(4);
    });
  }

  @Test
  void keepsPeopleWithDifferentFirstNamesApart() {
    add("a", "Anna Smith", EntityType.PERSON);
    add("a", "John Smith", EntityType.PERSON);
    add("a", "Smith", EntityType.PERSON);
    assertThat(EntityCanonicalizer.canonicalize(mentions)).hasSize(3);
  }

  @Test
  void mergesAcronymWithBothSpellingsOfItsLongForm() {
    add("a", "Collective Security Treaty Organization", EntityType.ORGANIZATION);
    add("b", "CSTO", EntityType.ORGANIZATION);
    add("c", "Collective Security Treaty Organisation", EntityType.ORGANIZATION);
    CanonicalEntity e = entityOf("CSTO");
    assertThat(e.name()).startsWith("Collective Security Treaty Organi");
    assertThat(e.mentions()).hasSize(3);
  }

  @Test
  void learnsAnAcronymFromLongFormInParentheses() {
    mentions.add(new Mention(new Span("a", 0, 31), "Commonwealth Independent States", EntityType.ORGANIZATION));
    mentions.add(new Mention(new Span("a", 33, 36), "XYZ", EntityType.ORGANIZATION));
    mentions.add(new Mention(new Span("b", 0, 3), "XYZ", EntityType.ORGANIZATION));
    assertThat(EntityCanonicalizer.canonicalize(mentions)).singleElement()
        .extracting(CanonicalEntity::name).isEqualTo("Commonwealth Independent States");
  }

  @Test
  void stripsPossessives() {
    add("a", "Kazakhstan’s", EntityType.LOCATION);
    add("b", "Kazakhstan", EntityType.LOCATION);
    assertThat(EntityCanonicalizer.canonicalize(mentions)).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
  }

  @Test
  void mergesASurnameFirstName() {
    add("a", "Wang Wenbin", EntityType.PERSON);
    add("a", "Wang", EntityType.PERSON);
    assertThat(EntityCanonicalizer.canonicalize(mentions)).singleElement()
        .extracting(CanonicalEntity::name).isEqualTo("Wang Wenbin");
  }

  @Test
  void givesTheSameIdsWhateverTheInputOrder() {
    add("a", "Tokayev", EntityType.PERSON);
    add("b", "CSTO", EntityType.ORGANIZATION);
    List<CanonicalEntity> first = EntityCanonicalizer.canonicalize(mentions);
    List<Mention> reversed = new ArrayList<>(mentions);
    java.util.Collections.reverse(reversed);
    assertThat(EntityCanonicalizer.canonicalize(reversed)).isEqualTo(first);
  }
}
