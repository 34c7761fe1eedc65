package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.SpeakerFinder.Speaker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
  void attributesAShortQuotedPhraseInAnAttributedSentence() {
    String t = "Tokayev said that order was “largely restored” in the country.";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("Tokayev/NNP", "said/VBD/say", "that/IN", "order/NN", "was/VBD/be", "“/``", "largely/RB",
            "restored/VBN/restore", "”/''", "in/IN", "the/DT", "country/NN", "./.")
        .mention("Tokayev", "PERSON").build();
    QuoteFinder.Found q = new QuoteFinder().find(t).get(0);
    Speaker s = new SpeakerFinder(doc, t, MentionFilter.names("a", doc, t)).inSentence(q.openMark(), q.closeMark());
    assertThat(s.text()).isEqualTo("Tokayev");
  }

  @Test
  void leavesAShortQuotedPhraseWithoutACueToBeAScareQuote() {
    String t = "The so-called “peaceful protesters” attacked the building.";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("The/DT", "so-called/JJ", "“/``", "peaceful/JJ", "protesters/NNS", "”/''", "attacked/VBD/attack",
            "the/DT", "building/NN", "./.")
        .build();
    QuoteFinder.Found q = new QuoteFinder().find(t).get(0);
    assertThat(new SpeakerFinder(doc, t, List.of()).inSentence(q.openMark(), q.closeMark())).isNull();
  }

  @Test
  void keepsTheSpeakerOfAQuoteThatGoesOnInItsParagraph() {
    String t = "“It is hard to avoid,” said Ryan Ellis. “Any time you want to cut taxes, the rich gain.”";
    NlpDocument doc = FixtureDocs.of(t)
        .tokens("“/``", "It/PRP", "is/VBZ/be", "hard/JJ", "to/TO", "avoid/VB", ",/,", "”/''", "said/VBD/say",
            "Ryan/NNP", "Ellis/NNP", "./.", "“/``", "Any/DT", "time/NN", "you/PRP", "want/VBP", "to/TO", "cut/VB",
            "taxes/NNS", ",/,", "the/DT", "rich/JJ", "gain/VBP", "./.", "”/''")
        .mention("Ryan Ellis", "PERSON").build();
    List<QuoteFinder.Found> qs = new QuoteFinder().find(t);
    SpeakerFinder finder = new SpeakerFinder(doc, t, MentionFilter.names("a", doc, t));
    Speaker first = finder.find(qs.get(0).openMark(), qs.get(0).closeMark(), null, -1);
    Speaker second = finder.find(qs.get(1).openMark(), qs.get(1).closeMark(), first, qs.get(0).closeMark());
    assertThat(second).isEqualTo(first);
    assertThat(second.text()).isEqualTo("Ryan Ellis");
  }

  /** One line of speaker-cases.tsv: a quote in a hand-tagged text and the speaker the rules must give it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void namesTheSpeakerOfEachCase(String name, String text, String tokens, String mentions, String expected) {
    FixtureDocs fixture = FixtureDocs.of(text).tokens(tokens.split(" "));
    for (String m : mentions.isEmpty() ? new String[0] : mentions.split(";")) {
      int colon = m.lastIndexOf(':');
      fixture.mention(m.substring(0, colon), m.substring(colon + 1));
    }
    Speaker s = speakerOf(text, fixture.build());
    assertThat(s == null ? "-" : s.text()).isEqualTo(expected);
  }

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = SpeakerFinderTest.class.getResourceAsStream("speaker-cases.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .map(c -> Arguments.of(c[0], c[1].replace("\\n", "\n"), c[2], c[3], c[4]))
          .toList().stream();
    }
  }
}
