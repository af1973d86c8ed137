package io.kefu.ingest.session;

import static io.kefu.ingest.RecordFixtures.agent;
import static io.kefu.ingest.RecordFixtures.customer;
import static io.kefu.ingest.RecordFixtures.end;
import static io.kefu.ingest.RecordFixtures.field;
import static io.kefu.ingest.RecordFixtures.ofKind;
import static io.kefu.ingest.RecordFixtures.rejected;
import static io.kefu.ingest.RecordFixtures.start;
import static io.kefu.ingest.RecordFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.InvalidReason;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiType;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.schema.IngestSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/** The per-session step on rows made in memory: no Spark session. */
class SessionAssemblerTest {

  private static final SessionLabeler LABELER =
      new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged());

  private final SessionAssembler assembler = new SessionAssembler(LABELER, GoldLabels.none());

  private List<Row> assemble(String key, Row... records) {
    List<Row> out = new ArrayList<>();
    assembler.call(key, List.of(records).iterator()).forEachRemaining(out::add);
    return out;
  }

  private static Map<String, Integer> masked(Row output) {
    scala.collection.Map<String, Integer> counts = field(output, "masked");
    return CollectionConverters.asJava(counts);
  }

  @Test
  void aValidRecordIsKeyedByItsSessionAndARejectedOneByItsFile() {
    assertThat(SessionAssembler.key(valid("a.jsonl", 1, start("e0", "s1", 0)))).isEqualTo("s1");
    assertThat(SessionAssembler.key(rejected("a.jsonl", 2, InvalidReason.BAD_TIMESTAMP, "30 Feb")))
        .isEqualTo(SessionAssembler.QUARANTINE_KEY + "a.jsonl");
  }

  @Test
  void aRepeatedEventIdKeepsTheCopyReadFirstAndIsCountedOnTheSession() {
    List<Row> out =
        assemble(
            "s1",
            valid("b.jsonl", 1, customer("e1", "s1", 10, "在吗")),
            valid("a.jsonl", 2, start("e0", "s1", 0)),
            valid("a.jsonl", 5, customer("e1", "s1", 10, "在吗")),
            valid("a.jsonl", 9, customer("e1", "s1", 10, "在吗")));

    List<Row> messages = ofKind(out, IngestSchemas.KIND_MESSAGE);
    assertThat(messages).extracting(r -> field(r, "event_id")).containsExactly("e0", "e1");
    assertThat(messages.get(1)).satisfies(r -> assertThat((Object) field(r, "line")).isEqualTo(5L));
    assertThat(messages.get(1))
        .satisfies(r -> assertThat((Object) field(r, "source")).isEqualTo("a.jsonl"));
    Row session = ofKind(out, IngestSchemas.KIND_SESSION).get(0);
    assertThat((Object) field(session, "duplicates")).isEqualTo(2);
  }

  @Test
  void messagesComeOutInEventTimeOrderWhateverOrderTheyWereRead() {
    List<Row> out =
        assemble(
            "s1",
            valid("a.jsonl", 4, end("e3", "s1", 60)),
            valid("a.jsonl", 3, agent("e2", "s1", 30, "您好")),
            valid("a.jsonl", 1, start("e0", "s1", 0)),
            valid("a.jsonl", 2, customer("e1", "s1", 10, "在吗")));

    assertThat(ofKind(out, IngestSchemas.KIND_MESSAGE))
        .extracting(r -> field(r, "event_id"))
        .containsExactly("e0", "e1", "e2", "e3");
    Row session = ofKind(out, IngestSchemas.KIND_SESSION).get(0);
    assertThat((Object) field(session, "first_response_s")).isEqualTo(20L);
    assertThat((Object) field(session, "end_reason")).isEqualTo("resolved");
    assertThat((Object) field(session, "duplicates")).isEqualTo(0);
  }

  @Test
  void theSessionCountsWhatWasMaskedInItsEventsButNotInDuplicateCopies() {
    MaskResult phone = new MaskResult("电话 [PHONE]", Map.of(PiiType.PHONE, 1));
    MaskResult twoMails =
        new MaskResult("[EMAIL] [EMAIL] [PHONE]", Map.of(PiiType.EMAIL, 2, PiiType.PHONE, 1));
    List<Row> out =
        assemble(
            "s1",
            valid("a.jsonl", 1, customer("e1", "s1", 0, "电话 13812345678"), phone),
            valid("a.jsonl", 2, customer("e1", "s1", 0, "电话 13812345678"), phone),
            valid("a.jsonl", 3, customer("e2", "s1", 5, "x"), twoMails));

    Row session = ofKind(out, IngestSchemas.KIND_SESSION).get(0);
    assertThat(masked(session)).containsOnly(Map.entry("phone", 2), Map.entry("email", 2));
    assertThat(ofKind(out, IngestSchemas.KIND_MESSAGE))
        .allSatisfy(m -> assertThat((Object) field(m, "masked")).isNull());
  }

  @Test
  void aFilesRejectedRecordsLeaveAsQuarantineRowsWithReasonAndMaskedCounts() {
    List<Row> out =
        assemble(
            SessionAssembler.QUARANTINE_KEY + "a.jsonl",
            rejected("a.jsonl", 4, InvalidReason.BAD_TIMESTAMP, "2026-02-30 is not a date"),
            rejected("a.jsonl", 9, InvalidReason.MALFORMED_JSON, "two objects on one line"));

    assertThat(out).hasSize(2);
    assertThat(out).allSatisfy(r -> assertThat((Object) field(r, "kind")).isEqualTo("quarantine"));
    assertThat(out)
        .extracting(r -> field(r, "reason"))
        .containsExactly("bad_timestamp", "malformed_json");
    assertThat(out).extracting(r -> field(r, "line")).containsExactly(4L, 9L);
    assertThat(masked(out.get(0))).containsExactly(Map.entry("phone", 1));
  }
}
