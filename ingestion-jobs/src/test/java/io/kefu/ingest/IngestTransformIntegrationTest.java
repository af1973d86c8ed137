package io.kefu.ingest;

import static io.kefu.ingest.RecordFixtures.agent;
import static io.kefu.ingest.RecordFixtures.customer;
import static io.kefu.ingest.RecordFixtures.end;
import static io.kefu.ingest.RecordFixtures.rejected;
import static io.kefu.ingest.RecordFixtures.start;
import static io.kefu.ingest.RecordFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.InvalidReason;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.report.IngestReport;
import io.kefu.ingest.report.IngestReportBuilder;
import io.kefu.ingest.schema.IngestSchemas;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ingest transform on Spark local[2], fed records made in memory: no files read or written. */
class IngestTransformIntegrationTest {

  private static SparkSession spark;
  private static IngestOutputs outputs;

  @BeforeAll
  static void transformHandMadeRecordsOnce() {
    spark = IngestCommand.session("local[2]");
    List<Row> records =
        List.of(
            valid("a.jsonl", 1, start("e0", "s1", 0)),
            valid("a.jsonl", 2, customer("e1", "s1", 5, "我想申请退款")),
            valid("a.jsonl", 3, agent("e2", "s1", 20, "好的 马上处理")),
            valid("a.jsonl", 4, end("e3", "s1", 30)),
            valid("b.jsonl", 1, agent("e2", "s1", 20, "好的 马上处理")),
            valid("b.jsonl", 2, customer("f1", "s2", 0, "快递到哪了")),
            rejected("b.jsonl", 3, InvalidReason.BAD_TIMESTAMP, "2026-02-30 is not a date"),
            rejected("b.jsonl", 4, InvalidReason.MALFORMED_JSON, "two objects on one line"));
    Dataset<Row> input = spark.createDataFrame(records, IngestSchemas.RECORD);
    outputs =
        new IngestTransform(
                new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged()),
                GoldLabels.none())
            .apply(input);
  }

  @AfterAll
  static void stopSpark() {
    outputs.release();
    spark.stop();
  }

  @Test
  void eachOutputHasTheSchemaOfItsDataset() {
    assertThat(outputs.sessions().schema().fieldNames())
        .containsExactly(IngestSchemas.SESSION.fieldNames());
    assertThat(outputs.messages().schema().fieldNames())
        .containsExactly(IngestSchemas.MESSAGE.fieldNames());
    assertThat(outputs.utterances().schema().fieldNames())
        .containsExactly(IngestSchemas.UTTERANCE.fieldNames());
    assertThat(outputs.quarantine().schema().fieldNames())
        .containsExactly(IngestSchemas.QUARANTINE.fieldNames());
  }

  @Test
  void recordsBecomeDeduplicatedMessagesSessionsUtterancesAndQuarantine() {
    assertThat(outputs.messages().count()).isEqualTo(5);
    assertThat(
            outputs
                .sessions()
                .select("session_id")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrder("s1", "s2");
    assertThat(outputs.utterances().count()).isEqualTo(2);
    assertThat(
            outputs
                .quarantine()
                .select("line")
                .as(org.apache.spark.sql.Encoders.LONG())
                .collectAsList())
        .containsExactlyInAnyOrder(3L, 4L);
  }

  @Test
  void theReportAccountsForEveryRecordOfTheInput() {
    IngestReport report =
        IngestReportBuilder.build(
            IngestReportBuilder.tally(outputs.all()),
            2,
            new IngestConfig("memory", "none", "UTF-8", null, null),
            0);

    assertThat(report.recordsRead).isEqualTo(8);
    assertThat(report.duplicates).isEqualTo(1);
    assertThat(report.sessions).isEqualTo(2);
    assertThat(report.quarantined)
        .containsExactly(Map.entry("bad_timestamp", 1L), Map.entry("malformed_json", 1L));
    assertThat(report.masked).containsExactly(Map.entry("phone", 2L));
  }
}
