package io.kefu.ingest.report;

import static io.kefu.ingest.RecordFixtures.agent;
import static io.kefu.ingest.RecordFixtures.customer;
import static io.kefu.ingest.RecordFixtures.end;
import static io.kefu.ingest.RecordFixtures.rejected;
import static io.kefu.ingest.RecordFixtures.start;
import static io.kefu.ingest.RecordFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.event.InvalidReason;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiType;
import io.kefu.ingest.IngestConfig;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.ingest.schema.OutputRows;
import io.kefu.ingest.session.SessionAssembler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The report counted from output rows made by the session step in memory: no Spark session. */
class IngestReportBuilderTest {

  private static final IngestConfig CONFIG = new IngestConfig("in", "out", "UTF-8", null, null);

  /** Two sessions (one record read twice, one phone number masked) and two rejected records. */
  private static List<Row> outputs() {
    SessionAssembler step =
        new SessionAssembler(
            new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged()),
            GoldLabels.none());
    MaskResult phone = new MaskResult("电话 [PHONE] 退款", Map.of(PiiType.PHONE, 1));
    List<Row> out = new ArrayList<>();
    step.call(
            "s1",
            List.of(
                    valid("a.jsonl", 1, start("e0", "s1", 0)),
                    valid("a.jsonl", 2, customer("e1", "s1", 5, "电话 13812345678 退款"), phone),
                    valid("a.jsonl", 3, agent("e2", "s1", 20, "好的")),
                    valid("a.jsonl", 4, end("e3", "s1", 30)),
                    valid("b.jsonl", 1, agent("e2", "s1", 20, "好的")))
                .iterator())
        .forEachRemaining(out::add);
    step.call(
            "s2",
            List.of(
                    valid("a.jsonl", 5, customer("f1", "s2", 0, "你好")),
                    valid("a.jsonl", 6, customer("f2", "s2", 9, "谢谢")))
                .iterator())
        .forEachRemaining(out::add);
    step.call(
            SessionAssembler.QUARANTINE_KEY + "a.jsonl",
            List.of(
                    rejected("a.jsonl", 7, InvalidReason.BAD_TIMESTAMP, "2026-02-30"),
                    rejected("a.jsonl", 8, InvalidReason.MALFORMED_JSON, "{}{}"))
                .iterator())
        .forEachRemaining(out::add);
    return out;
  }

  private static IngestReport report(List<Row> rows) {
    OutputTally tally = new OutputTally();
    rows.forEach(tally::add);
    return IngestReportBuilder.build(tally, 3, CONFIG, 0);
  }

  @Test
  void everyRecordReadIsAValidMessageADuplicateOrQuarantinedByReason() {
    IngestReport r = report(outputs());

    assertThat(r.sessions).isEqualTo(2);
    assertThat(r.messages).isEqualTo(6);
    assertThat(r.duplicates).isEqualTo(1);
    assertThat(r.valid).isEqualTo(7);
    assertThat(r.quarantined)
        .containsExactly(Map.entry("bad_timestamp", 1L), Map.entry("malformed_json", 1L));
    assertThat(r.recordsRead).isEqualTo(9);
    assertThat(r.files).isEqualTo(3);
    assertThat(r.input).isEqualTo("in");
    assertThat(r.output).isEqualTo("out");
  }

  @Test
  void maskedEntitiesAreSummedOverSessionsAndQuarantine() {
    IngestReport r = report(outputs());

    assertThat(r.masked).containsExactly(Map.entry("phone", 3L));
  }

  @Test
  void theLabelingReportCountsEveryCustomerUtterance() {
    IngestReport r = report(outputs());

    @SuppressWarnings("unchecked")
    Map<String, Object> intent = (Map<String, Object>) r.labeling.get("intent");
    assertThat(intent.get("utterances")).isEqualTo(3L);
    assertThat(r.labelCoverage.get("intent")).isBetween(0.0, 1.0);
    assertThat(r.labelCoverage.get("intent")).isEqualTo((long) intent.get("covered") / 3.0);
  }

  @Test
  void tallyingPartitionsApartAndMergingGivesTheSameReportAsOneTally() throws Exception {
    List<Row> rows = outputs();
    OutputTally first = new OutputTally();
    OutputTally second = new OutputTally();
    for (int i = 0; i < rows.size(); i++) {
      (i % 2 == 0 ? first : second).add(rows.get(i));
    }

    IngestReport merged = IngestReportBuilder.build(first.merge(second), 3, CONFIG, 0);

    assertThat(merged.toJson()).isEqualTo(report(rows).toJson());
  }

  @Test
  void aRunWithNoBadLinesReportsAnEmptyQuarantine() {
    List<Row> rows = outputs().stream().filter(r -> !"quarantine".equals(r.getString(0))).toList();

    IngestReport r = report(rows);

    assertThat(r.quarantined).isEmpty();
    assertThat(r.recordsRead).isEqualTo(r.valid);
  }

  @Test
  void aRowOfUnknownKindIsRefused() {
    Row odd = OutputRows.of("summary", IngestSchemas.QUARANTINE, new Object[7], null);

    assertThatThrownBy(() -> new OutputTally().add(odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary");
  }
}
