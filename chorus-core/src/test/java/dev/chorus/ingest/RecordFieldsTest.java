package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFieldsTest {
  @TempDir Path dir;

  private dev.chorus.model.Article only(String json) throws IOException {
    Path f = Files.writeString(dir.resolve("r.jsonl"), json);
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestLimits.defaults(), Manifest.empty()).ingest(InputFile.of(f), sink);
    assertThat(sink.skipped).isEmpty();
    assertThat(sink.articles).hasSize(1);
    return sink.articles.get(0);
  }

  @Test
  void wireRecordIsDatedFromItsDateField() throws IOException {
    var a = only("{\"id\":\"1\",\"date\":\"1987-02-26T15:01:01\",\"dateline\":\"SALVADOR, Feb 26 -\",\"text\":\"Cocoa.\"}");
    assertThat(a.published()).isEqualTo("1987-02-26T15:01:01");
    assertThat(a.publishedSource()).isEqualTo("jsonl:date");
  }

  @Test
  void rfc1123AndEpochDatesBecomeIso() {
    assertThat(RecordFields.isoDate("Thu, 26 Feb 1987 15:01:01 GMT")).isEqualTo("1987-02-26T15:01:01Z");
    assertThat(RecordFields.isoDate("1641600000")).isEqualTo("2022-01-08T00:00Z");
    assertThat(RecordFields.isoDate("1641600000000")).isEqualTo("2022-01-08T00:00Z");
    assertThat(RecordFields.isoDate("1987")).isNull();
    assertThat(RecordFields.isoDate("next Tuesday")).isNull();
  }

  @Test
  void reutersSgmlDatesKeepTheirDayEvenWithAGarbledTime() {
    assertThat(RecordFields.isoDate("26-FEB-1987 15:01:01.79")).isEqualTo("1987-02-26");
    // Reuters-21578 record 17192
    assertThat(RecordFields.isoDate("31-MAR-1987 605:12:19.12")).isEqualTo("1987-03-31");
    assertThat(RecordFields.isoDate("31-FEB-1987 10:00:00")).isNull();
  }

  @Test
  void moreSpecificFieldWinsAndUnreadableDatesAreSkipped() throws IOException {
    var a = only("{\"time\":\"soon\",\"pubDate\":\"Sat, 08 Jan 2022 10:00:00 +0600\",\"published\":\"n/a\",\"text\":\"x\"}");
    assertThat(a.published()).isEqualTo("2022-01-08T10:00+06:00");
    assertThat(a.publishedSource()).isEqualTo("jsonl:pubDate");
  }

  @Test
  void outletFromItsFieldElseTheUrlHost() throws IOException {
    assertThat(only("{\"publisher\":\"Kazinform\",\"url\":\"https://www.inform.kz/a\",\"text\":\"x\"}").source())
        .isEqualTo("Kazinform");
    assertThat(only("{\"url\":\"https://www.inform.kz/en/a/1\",\"text\":\"x\"}").source()).isEqualTo("inform.kz");
    assertThat(only("{\"text\":\"x\"}").source()).isNull();
  }
}
