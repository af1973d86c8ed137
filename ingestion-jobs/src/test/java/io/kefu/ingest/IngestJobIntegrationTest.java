package io.kefu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.core.pii.PiiMasker;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.report.IngestReport;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest job on Spark local[2] over a hand-written fixture of both raw formats. */
class IngestJobIntegrationTest {

  private static SparkSession spark;
  private static final SessionLabeler LABELER =
      new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged());

  private static Path shared;
  private static IngestReport sharedReport;

  @BeforeAll
  static void startSparkAndIngestTheFixtureOnce(@TempDir Path dir) throws Exception {
    spark = IngestCommand.session("local[2]");
    shared = dir;
    sharedReport = ingest(fixture("chatlogs"), shared, "UTF-8", GoldLabels.none());
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static String fixture(String name) throws URISyntaxException {
    return Paths.get(IngestJobIntegrationTest.class.getResource("/fixture/" + name).toURI())
        .toString();
  }

  private static IngestReport ingest(String input, Path out, String encoding, GoldLabels gold)
      throws Exception {
    IngestConfig config = new IngestConfig(input, out.toString(), encoding, null, null);
    return new IngestJob(spark, config, LABELER, gold).run();
  }

  @Test
  void everyRecordIsAccountedForAndBadOnesAreQuarantinedByReason() {
    IngestReport report = sharedReport;
    Path out = shared;

    assertThat(report.recordsRead).isEqualTo(22);
    assertThat(report.quarantined)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "malformed_json",
                1L,
                "missing_field",
                1L,
                "bad_timestamp",
                1L,
                "wrong_type",
                2L,
                "bad_value",
                1L));
    assertThat(report.duplicates).isEqualTo(1);
    assertThat(report.messages).isEqualTo(15);
    assertThat(report.valid + report.quarantinedTotal()).isEqualTo(report.recordsRead);
    assertThat(report.sessions).isEqualTo(3);
    assertThat(report.masked).containsKeys("phone", "id_card", "bank_card", "email", "order_no");

    Dataset<Row> quarantine = spark.read().parquet(out + "/quarantine");
    Row badTimestamp = quarantine.filter("reason = 'bad_timestamp'").first();
    assertThat(badTimestamp.<String>getAs("source")).isEqualTo("chat-2026-11-01.jsonl");
    assertThat(badTimestamp.<Long>getAs("line")).isEqualTo(12L);
    assertThat(badTimestamp.<String>getAs("raw")).doesNotContain("13812345678").contains("[PHONE]");
    Row csvRow = quarantine.filter("reason = 'wrong_type' AND source LIKE '%.csv'").first();
    assertThat(csvRow.<String>getAs("source")).isEqualTo("chat-export-2026-11-02.csv");
    assertThat(csvRow.<Long>getAs("line")).isEqualTo(6L);
  }

  @Test
  void noOutputHoldsAnUnmaskedPhoneIdCardOrBankCard() {
    Path out = shared;

    for (String dataset : List.of("messages", "labeled_utterances", "quarantine")) {
      String column = dataset.equals("quarantine") ? "raw" : "text";
      for (Row row : spark.read().parquet(out + "/" + dataset).select(column).collectAsList()) {
        String text = row.getString(0);
        assertThat(text == null || !PiiMasker.containsUnmaskedSensitiveNumber(text))
            .as(dataset + ": " + text)
            .isTrue();
      }
    }
  }

  @Test
  void sessionsAreSummarisedAndKeyedByTheDayTheyStartedInShanghai() {
    Path out = shared;

    Row s1 = spark.read().parquet(out + "/sessions").filter("session_id = 's-1'").first();
    assertThat(s1.<Long>getAs("first_response_s")).isEqualTo(35L);
    assertThat(s1.<Integer>getAs("transfers")).isEqualTo(1);
    assertThat(s1.<Integer>getAs("rating")).isEqualTo(5);
    assertThat(s1.<String>getAs("end_reason")).isEqualTo("resolved");
    assertThat(s1.<String>getAs("primary_intent")).isEqualTo("logistics_query");
    assertThat(s1.<Integer>getAs("duplicates")).isEqualTo(1);

    Row s2 = spark.read().parquet(out + "/sessions").filter("session_id = 's-2'").first();
    assertThat(s2.getAs("day").toString()).isEqualTo("2026-11-01");
    assertThat(s2.<String>getAs("primary_intent")).isEqualTo("exchange");
    List<Row> s2Days =
        spark
            .read()
            .parquet(out + "/messages")
            .filter("session_id = 's-2'")
            .select("day")
            .distinct()
            .collectAsList();
    assertThat(s2Days).hasSize(2);
  }

  @Test
  void textIsNormalisedAndLabeled() {
    Path out = shared;

    Row u = spark.read().parquet(out + "/labeled_utterances").filter("event_id = 'e21'").first();
    assertThat(u.<String>getAs("text")).isEqualTo("衣服小了 能换大一码吗 😭");
    assertThat(u.<String>getAs("intent")).isEqualTo("exchange");
    assertThat(u.<String>getAs("sentiment")).isEqualTo("negative");
  }

  @Test
  void rerunningGivesTheSameOutputAndGoldLabelsTakePriority(@TempDir Path out) throws Exception {
    IngestReport first = ingest(fixture("chatlogs"), out, "UTF-8", GoldLabels.none());
    GoldLabels gold =
        GoldLabels.read(new StringReader("text,label\n衣服小了 能换大一码吗😭,size_consult\n"), "gold.csv");
    IngestReport second = ingest(fixture("chatlogs"), out, "UTF-8", gold);

    assertThat(second.recordsRead).isEqualTo(first.recordsRead);
    assertThat(spark.read().parquet(out + "/messages").count()).isEqualTo(first.messages);
    Row u = spark.read().parquet(out + "/labeled_utterances").filter("event_id = 'e21'").first();
    assertThat(u.<String>getAs("intent")).isEqualTo("size_consult");
    assertThat(u.<String>getAs("intent_source")).isEqualTo("gold");
  }

  @Test
  void gbkExportsAreReadWithTheirEncoding(@TempDir Path out) throws Exception {
    ingest(fixture("gbk"), out, "GBK", GoldLabels.none());

    Row u = spark.read().parquet(out + "/labeled_utterances").first();
    assertThat(u.<String>getAs("text")).isEqualTo("我要退款 质量太差了");
  }

  @Test
  void aMissingInputIsAClearError(@TempDir Path out) {
    assertThatThrownBy(
            () -> ingest(out.resolve("nowhere").toString(), out, "UTF-8", GoldLabels.none()))
        .hasMessageContaining("input not found");
  }
}
