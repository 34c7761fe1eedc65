package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.NumberMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFinderTest {
  @Test
  void readsHedgeAndCountedNoun() {
    String t = "the CSTO sent about 3,000 peacekeepers to help";
    NlpDocument doc = FixtureDocs.of(t).tokens("the/DT", "CSTO/NNP", "sent/VBD", "about/IN", "3,000/CD",
        "peacekeepers/NNS", "to/TO", "help/VB").mention("3,000", "NUMBER", "~3000.0", null, 0).build();
    assertThat(NumberFinder.find("a", doc, t, List.of())).singleElement().satisfies(n -> {
      assertThat(n.value()).isEqualTo(3000.0);
      assertThat(n.qualifier()).isEqualTo("about");
      assertThat(n.counted()).isEqualTo("peacekeepers");
      assertThat(t.substring(n.span().start(), n.span().end())).isEqualTo("about 3,000 peacekeepers");
    });
  }

  @Test
  void readsAMultiWordCountedNoun() {
    String t = "18 law enforcement officers were killed";
    NlpDocument doc = FixtureDocs.of(t).tokens("18/CD", "law/NN", "enforcement/NN", "officers/NNS", "were/VBD",
        "killed/VBN").mention("18", "NUMBER", "18.0", null, 0).build();
    assertThat(NumberFinder.find("a", doc, t, List.of())).singleElement()
        .extracting(NumberMention::counted).isEqualTo("law enforcement officers");
  }

  @Test
  void takesTheQualifierFromTheNormalisedPrefixWhenTheTextHasNone() {
    String t = "at least 3 thousand under arrest";
    NlpDocument doc = FixtureDocs.of(t).tokens("at/IN", "least/JJS", "3/CD", "thousand/CD", "under/IN",
        "arrest/NN").mention("3 thousand", "NUMBER", ">=3000.0", null, 0).build();
    NumberMention n = NumberFinder.find("a", doc, t, List.of()).get(0);
    assertThat(n.value()).isEqualTo(3000.0);
    assertThat(n.qualifier()).isEqualTo("at least");
    assertThat(n.counted()).isNull();
  }

  @Test
  void mapsCoreNlpPrefixToAQualifier() {
    String t = "it has 700 injured";
    NlpDocument doc = FixtureDocs.of(t).tokens("it/PRP", "has/VBZ", "700/CD", "injured/VBN")
        .mention("700", "NUMBER", ">700.0", null, 0).build();
    assertThat(NumberFinder.find("a", doc, t, List.of())).singleElement()
        .extracting(NumberMention::qualifier).isEqualTo("more than");
  }

  @Test
  void skipsANumberInsideAHyphenatedWord() {
    String t = "media tend to be one-sided while covering";
    NlpDocument doc = FixtureDocs.of(t).tokens("media/NNS", "tend/VBP", "to/TO", "be/VB", "one-sided/JJ")
        .mention("one", "NUMBER", "1.0", null, 0).build();
    assertThat(NumberFinder.find("a", doc, t, List.of())).isEmpty();
  }

  @Test
  void skipsANumberThatBelongsToADate() {
    String t = "On January 4-5, clashes";
    NlpDocument doc = FixtureDocs.of(t).tokens("On/IN", "January/NNP", "4-5/CD", "clashes/NNS")
        .mention("5", "NUMBER", "5.0", null, 0).build();
    List<RawTime> times = List.of(new RawTime(3, 14, "January 4-5", "XXXX-01-04/XXXX-01-05"));
    assertThat(NumberFinder.find("a", doc, t, times)).isEmpty();
  }

  @Test
  void readsCountedNounAfterOf() {
    String t = "two of young soldiers were beheaded";
    NlpDocument doc = FixtureDocs.of(t).tokens("two/CD", "of/IN", "young/JJ", "soldiers/NNS", "were/VBD")
        .mention("two", "NUMBER", "2.0", null, 0).build();
    assertThat(NumberFinder.find("a", doc, t, List.of())).singleElement()
        .extracting(NumberMention::counted).isEqualTo("young soldiers");
  }

  @Test
  void readsDozensAsAVagueQuantity() {
    String t = "dozens of people were detained";
    NlpDocument doc = FixtureDocs.of(t).tokens("dozens/NNS", "of/IN", "people/NNS", "were/VBD", "detained/VBN").build();
    assertThat(NumberFinder.find("a", doc, t, List.of())).singleElement().satisfies(n -> {
      assertThat(n.value()).isEqualTo(24.0);
      assertThat(n.qualifier()).isEqualTo("at least");
      assertThat(n.counted()).isEqualTo("people");
    });
  }
}
