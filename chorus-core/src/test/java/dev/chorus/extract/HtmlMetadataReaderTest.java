package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataReaderTest {
  private final HtmlMetadataReader reader = new HtmlMetadataReader();

  private static PageMetadata read(String fixture, String url) throws IOException {
    try (InputStream in = HtmlMetadataReaderTest.class.getResourceAsStream(fixture)) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new HtmlMetadataReader().read(Jsoup.parse(html, url == null ? "" : url), url);
    }
  }

  @Test
  void readsPublishedDateFromJsonLd() throws IOException {
    PageMetadata m = read("date-json-ld.html", null);
    assertThat(m.published()).isEqualTo("2022-01-06");
    assertThat(m.publishedSource()).isEqualTo("json-ld");
  }

  @Test
  void keepsModifiedDateApartFromPublished() throws IOException {
    PageMetadata m = read("date-json-ld.html", null);
    assertThat(m.modified()).isEqualTo("2022-01-07");
    assertThat(m.modifiedSource()).isEqualTo("json-ld");
  }

  @Test
  void readsAuthorsAndPublisherFromJsonLd() throws IOException {
    PageMetadata m = read("date-json-ld.html", null);
    assertThat(m.byline()).isEqualTo("Ana Ruiz, Tom Berg");
    assertThat(m.site()).isEqualTo("Valley Post");
    assertThat(m.title()).isEqualTo("Council closes the old bridge");
    assertThat(m.language()).isEqualTo("en-GB");
    assertThat(m.sourceOf("language")).isEqualTo("html:lang");
  }

  @Test
  void readsPublishedDateFromMetaTag() throws IOException {
    PageMetadata m = read("date-meta.html", null);
    assertThat(m.published()).isEqualTo("2022-01-05");
    assertThat(m.publishedSource()).isEqualTo("meta:article:published_time");
    assertThat(m.modified()).isEqualTo("2022-01-08");
  }

  @Test
  void readsOpenGraphTitleSiteAuthorAndCanonicalUrlWithSources() throws IOException {
    PageMetadata m = read("date-meta.html", "https://valleypost.example/news/bridge?utm=x");
    assertThat(m.title()).isEqualTo("Council closes the old bridge");
    assertThat(m.sourceOf("title")).isEqualTo("meta:og:title");
    assertThat(m.site()).isEqualTo("Valley Post");
    assertThat(m.byline()).isEqualTo("Ana Ruiz");
    assertThat(m.url()).isEqualTo("https://valleypost.example/news/bridge");
    assertThat(m.sourceOf("url")).isEqualTo("link:canonical");
  }

  @Test
  void jsonLdWinsOverConflictingMetaTagAndTimeElement() throws IOException {
    PageMetadata m = read("date-conflict.html", null);
    assertThat(m.published()).isEqualTo("2022-01-06");
    assertThat(m.publishedSource()).isEqualTo("json-ld");
  }

  @Test
  void readsPublishedDateFromMicrodata() throws IOException {
    PageMetadata m = read("date-itemprop.html", null);
    assertThat(m.published()).isEqualTo("2022-01-03");
    assertThat(m.publishedSource()).isEqualTo("itemprop");
    assertThat(m.modified()).isEqualTo("2022-01-04");
  }

  @Test
  void prefersTimeElementNamedPublishedOverUpdatedOne() throws IOException {
    PageMetadata m = read("date-time.html", null);
    assertThat(m.published()).isEqualTo("2022-01-02");
    assertThat(m.publishedSource()).isEqualTo("time");
  }

  @Test
  void readsPublishedDateFromUrlPath() throws IOException {
    PageMetadata m = read("no-date.html", "https://valleypost.example/2022/01/06/bridge-closed/");
    assertThat(m.published()).isEqualTo("2022-01-06");
    assertThat(m.publishedSource()).isEqualTo("url");
  }

  @Test
  void readsPublishedDateFromVisibleDateline() throws IOException {
    PageMetadata m = read("date-dateline.html", null);
    assertThat(m.published()).isEqualTo("2022-01-06");
    assertThat(m.publishedSource()).isEqualTo("dateline");
  }

  @Test
  void leavesDateEmptyWhenPageHasNone() throws IOException {
    PageMetadata m = read("no-date.html", "https://valleypost.example/news/bridge-closed");
    assertThat(m.published()).isNull();
    assertThat(m.publishedSource()).isNull();
    assertThat(m.modified()).isNull();
  }

  @Test
  void ignoresImplausibleDates() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"0001-01-01\"></head></html>";
    assertThat(reader.read(Jsoup.parse(html), null).published()).isNull();
  }

  @Test
  void survivesBrokenJsonLd() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
        + "<meta name=\"date\" content=\"2021-03-04\"></head></html>";
    PageMetadata m = reader.read(Jsoup.parse(html), null);
    assertThat(m.published()).isEqualTo("2021-03-04");
    assertThat(m.publishedSource()).isEqualTo("meta:date");
  }

  @Test
  void cutsDateAndReadingTimeFromByline() {
    assertThat(HtmlMetadataReader.byline("By Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read"))
        .isEqualTo("Bryan DeArdo");
    assertThat(HtmlMetadataReader.byline("Madeline Fry | November 18, 2019 12:01 PM")).isEqualTo("Madeline Fry");
    assertThat(HtmlMetadataReader.byline("Jane Doe and John Roe")).isEqualTo("Jane Doe and John Roe");
  }

  @Test
  void dropsSiteNameSuffixFromTitle() {
    assertThat(HtmlMetadataReader.withoutSiteSuffix("Daily deals are live - IGN", "IGN")).isEqualTo("Daily deals are live");
    assertThat(HtmlMetadataReader.withoutSiteSuffix("Left - right: a debate", "IGN")).isEqualTo("Left - right: a debate");
  }
}
