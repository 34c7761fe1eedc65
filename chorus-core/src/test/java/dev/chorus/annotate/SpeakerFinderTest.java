package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.SpeakerFinder.Speaker;
import org.junit.jupiter.api.Test;

class SpeakerFinderTest {
  private static Speaker speakerOf(String text, NlpDocument doc) {
    QuoteFinder.Found q = new QuoteFinder().find(text).stream()
        .filter(f -> f.kind() == QuoteFinder.Kind.QUOTE).findFirst().orElseThrow();
    return new SpeakerFinder(doc, text, MentionFilter.names("a", doc, text)).find(q.openMark(), q.closeMark(), null, -1);
  }

  @Test
  void resolvesAnOrganisationDescriptionToTheNamedOrganisation() {
    String t = "The Ministry of Foreign Affairs spoke.\n«The authorities have heard the demands,» the agency said.";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("The/DT", "Ministry/NNP", "of/IN", "Foreign/NNP", "Affairs/NNPS", "spoke/VBD/speak", "./.",
            "«/``", "The/DT", "authorities/NNS", "have/VBP", "heard/VBN", "the/DT", "demands/NNS", ",/,", "»/''",
            "the/DT", "agency/NN", "said/VBD/say", "./.")
        .mention("Ministry of Foreign Affairs", "ORGANIZATION").build();
    Speaker s = speakerOf(t, doc);
    assertThat(s.text()).isEqualTo("the agency");
    assertThat(t.substring(s.start(), s.end())).isEqualTo("Ministry of Foreign Affairs");
  }

  @Test
  void readsTheSpeakerAfterTheVerb() {
    String t = "“We will restore order in the country,” said Lebedev.";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("“/``", "We/PRP", "will/MD", "restore/VB", "order/NN", "in/IN", "the/DT", "country/NN", ",/,",
            "”/''", "said/VBD/say", "Lebedev/NNP", "./.")
        .mention("Lebedev", "PERSON").build();
    assertThat(speakerOf(t, doc).text()).isEqualTo("Lebedev");
  }

  @Test
  void readsANameBeforeAColon() {
    String t = "Lebedev: “The bandits were preparing for mass rallies.”";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("Lebedev/NNP", ":/:", "“/``", "The/DT", "bandits/NNS", "were/VBD", "preparing/VBG", "for/IN",
            "mass/NN", "rallies/NNS", "./.", "”/''")
        .mention("Lebedev", "PERSON").build();
    assertThat(speakerOf(t, doc).text()).isEqualTo("Lebedev");
  }

  @Test
  void resolvesAPronounToTheNearestPersonBefore() {
    String t = "Sergei Lebedev spoke. He said, “The bandits were preparing for rallies.”";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("Sergei/NNP", "Lebedev/NNP", "spoke/VBD/speak", "./.", "He/PRP", "said/VBD/say", ",/,", "“/``",
            "The/DT", "bandits/NNS", "were/VBD", "preparing/VBG", "for/IN", "rallies/NNS", "./.", "”/''")
        .mention("Sergei Lebedev", "PERSON").mention("He", "PERSON").build();
    Speaker s = speakerOf(t, doc);
    assertThat(s.text()).isEqualTo("Sergei Lebedev");
    assertThat(s.start()).isZero();
  }

  @Test
  void readsAccordingTo() {
    String t = "According to Tokayev, “militants launched six waves of attacks”.";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("According/VBG/accord", "to/TO", "Tokayev/NNP", ",/,", "“/``", "militants/NNS", "launched/VBD",
            "six/CD", "waves/NNS", "of/IN", "attacks/NNS", "”/''", "./.")
        .mention("Tokayev", "PERSON").build();
    assertThat(speakerOf(t, doc).text()).isEqualTo("Tokayev");
  }

  @Test
  void findsNoSpeakerWithoutACue() {
    String t = "“The situation is gradually stabilizing in the country.”";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("“/``", "The/DT", "situation/NN", "is/VBZ", "gradually/RB", "stabilizing/VBG", "in/IN", "the/DT",
            "country/NN", "./.", "”/''").build();
    assertThat(speakerOf(t, doc)).isNull();
  }

  @Test
  void takesTheSpeakerOfTheNextSentenceWhenItOpensAQuote() {
    String t = "Kazakhstan “is adopting measures to counter terrorism”. Spokesman Wang Wenbin said, “China supports it.”";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("Kazakhstan/NNP", "“/``", "is/VBZ/be", "adopting/VBG/adopt", "measures/NNS", "to/TO", "counter/VB",
            "terrorism/NN", "”/''", "./.", "Spokesman/NN", "Wang/NNP", "Wenbin/NNP", "said/VBD/say", ",/,", "“/``",
            "China/NNP", "supports/VBZ/support", "it/PRP", "./.", "”/''")
        .mention("Kazakhstan", "LOCATION").mention("Wang Wenbin", "PERSON").build();
    assertThat(speakerOf(t, doc).text()).isEqualTo("Wang Wenbin");
  }

  @Test
  void givesAHeadlineQuoteNoSpeakerFromTheStoryBefore() {
    String t = "Tokayev said it was over.\nChina supports “measures taken against terrorism”\nMore text.";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("Tokayev/NNP", "said/VBD/say", "it/PRP", "was/VBD/be", "over/RB", "./.", "China/NNP",
            "supports/VBZ/support", "“/``", "measures/NNS", "taken/VBN/take", "against/IN", "terrorism/NN", "”/''",
            "More/JJR", "text/NN", "./.")
        .mention("Tokayev", "PERSON").mention("China", "LOCATION").build();
    assertThat(speakerOf(t, doc)).isNull();
  }
}
