package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.QuoteFinder.Found;
import dev.chorus.annotate.QuoteFinder.Kind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private static List<String> quotes(String text, List<Found> found) {
    return found.stream().filter(f -> f.kind() == Kind.QUOTE).map(f -> text.substring(f.start(), f.end())).toList();
  }

  private static List<String> scare(String text, List<Found> found) {
    return found.stream().filter(f -> f.kind() == Kind.SCARE).map(f -> text.substring(f.start(), f.end())).toList();
  }

  @Test
  void findsGuillemetQuoteWithoutTrailingComma() {
    String t = "«The authorities have heard the demands of the protesters,» the agency said.";
    assertThat(quotes(t, finder.find(t))).containsExactly("The authorities have heard the demands of the protesters");
  }

  @Test
  void pairsAQuoteThatClosesWithAnOpeningMark() {
    String t = "It said:\n“A number of publications are superficial.\n\nThe demands were met. “\n\nSource link";
    assertThat(quotes(t, finder.find(t)))
        .containsExactly("A number of publications are superficial.\n\nThe demands were met.");
  }

  @Test
  void keepsNestedShortQuotesAsScareQuotes() {
    String t = "“Attackers fought in “hot spots” abroad, not “peaceful protesters,” as media present it. “";
    List<Found> found = finder.find(t);
    assertThat(quotes(t, found)).hasSize(1);
    assertThat(scare(t, found)).containsExactly("hot spots", "peaceful protesters");
  }

  @Test
  void closesAQuoteWithAMissingMarkAtTheParagraphEnd() {
    String t = "He said: “We will restore order in the country soon.\nNext paragraph here.";
    assertThat(quotes(t, finder.find(t))).containsExactly("We will restore order in the country soon.");
  }

  @Test
  void leavesShortQuotedPhrasesToTheirSentence() {
    String t = "Order was “largely restored” in the country.";
    List<Found> found = finder.find(t);
    assertThat(quotes(t, found)).isEmpty();
    assertThat(scare(t, found)).isEmpty();
    assertThat(found).singleElement().extracting(Found::kind).isEqualTo(Kind.PHRASE);
  }

  @Test
  void keepsShortQuotedTitlesAsScareQuotes() {
    String t = "On this weekend’s broadcast of “Fox News Sunday,” Pence said it was only “to mock” her.";
    List<Found> found = finder.find(t);
    assertThat(scare(t, found)).containsExactly("Fox News Sunday");
    assertThat(found.get(1).kind()).isEqualTo(Kind.PHRASE);
  }

  @Test
  void ignoresApostrophes() {
    String t = "Kazakhstan’s authorities aren’t going after the protesters’ leaders.";
    assertThat(finder.find(t)).isEmpty();
  }

  @Test
  void findsStraightQuotesWithSingleQuotesInside() {
    String t = "\"These sponsors of the so-called 'colour revolutions' declare their role\", Lebedev said.";
    List<Found> found = finder.find(t);
    assertThat(quotes(t, found)).containsExactly("These sponsors of the so-called 'colour revolutions' declare their role");
    assertThat(scare(t, found)).containsExactly("colour revolutions");
  }

  @Test
  void skipsQuotedTitles() {
    String t = "Based on the «Treaty on Collective Security» of 1992.";
    assertThat(finder.find(t)).isEmpty();
  }

  @Test
  void keepsSpansInsideTheTextOnRandomInput() {
    Random r = new Random(42);
    String alphabet = "ab “”\"«»‘’'\n.,";
    for (int n = 0; n < 500; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(60); i > 0; i--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      for (Found f : finder.find(t)) {
        assertThat(f.start()).isBetween(0, f.end());
        assertThat(f.end()).isLessThanOrEqualTo(t.length());
      }
    }
  }
}
