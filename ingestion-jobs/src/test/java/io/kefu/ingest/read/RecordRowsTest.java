package io.kefu.ingest.read;

import static io.kefu.ingest.RecordFixtures.customer;
import static io.kefu.ingest.RecordFixtures.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.InvalidReason;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.Rejection;
import io.kefu.core.event.Role;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.PiiType;
import io.kefu.ingest.schema.IngestSchemas;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.jdk.javaapi.CollectionConverters;

class RecordRowsTest {

  private static Object field(Row record, String name) {
    return record.get(IngestSchemas.RECORD.fieldIndex(name));
  }

  private static Map<Object, Object> masked(Row record) {
    return CollectionConverters.asJava(
        (scala.collection.Map<Object, Object>) field(record, "masked"));
  }

  @Test
  void aValidMessageCarriesItsPreparedTextAndWhatWasMaskedInIt() {
    ChatEvent e = customer("e1", "s1", 0, "电话 13812345678");
    MaskResult prepared = new MaskResult("电话 [PHONE]", Map.of(PiiType.PHONE, 1));

    Row row = RecordRows.valid("a.jsonl", 3, e, prepared);

    assertThat(row.size()).isEqualTo(IngestSchemas.RECORD.length());
    assertThat(field(row, "valid")).isEqualTo(true);
    assertThat(field(row, "source")).isEqualTo("a.jsonl");
    assertThat(field(row, "line")).isEqualTo(3L);
    assertThat(field(row, "event_id")).isEqualTo("e1");
    assertThat(field(row, "type")).isEqualTo("message");
    assertThat(field(row, "session_id")).isEqualTo("s1");
    assertThat(field(row, "role")).isEqualTo("customer");
    assertThat(field(row, "text")).isEqualTo("电话 [PHONE]");
    assertThat(field(row, "ts")).isEqualTo(e.ts().toInstant());
    assertThat(field(row, "reason")).isNull();
    assertThat(field(row, "raw")).isNull();
    assertThat(masked(row)).containsExactly(Map.entry("phone", 1));
  }

  @Test
  void anEventWithoutTextHasNoTextAndNothingMasked() {
    Row row = RecordRows.valid("a.jsonl", 1, start("e0", "s1", 0), null);

    assertThat(field(row, "type")).isEqualTo("session_start");
    assertThat(field(row, "text")).isNull();
    assertThat(field(row, "role")).isNull();
    assertThat(masked(row)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is filed under {1}")
  @CsvSource({
    "2026-03-02T09:00:00+08:00, 2026-03-02",
    "2026-03-01T16:00:00Z, 2026-03-02",
    "2026-03-01T15:59:59Z, 2026-03-01",
    "2026-03-02T00:30:00+09:00, 2026-03-01"
  })
  void aValidEventIsFiledUnderItsShanghaiDay(String ts, String day) {
    ChatEvent e =
        ChatEvent.message(
            new ChatEvent.Header("e1", "s1", "c1", null, Channel.WEB, OffsetDateTime.parse(ts)),
            Role.CUSTOMER,
            "你好");

    Row row = RecordRows.valid("a.jsonl", 1, e, MaskResult.unchanged("你好"));

    assertThat(field(row, "day")).isEqualTo(LocalDate.parse(day));
  }

  @Test
  void aRejectedRecordKeepsItsPrimaryReasonEveryDetailItsMaskedOriginalAndItsDay() {
    ParsedEvent.Invalid invalid =
        new ParsedEvent.Invalid(
            "e9",
            List.of(
                new Rejection(InvalidReason.BAD_TIMESTAMP, "ts", "not a date"),
                new Rejection(InvalidReason.MISSING_FIELD, "channel", "channel is missing")));
    MaskResult raw = new MaskResult("{\"text\":\"[PHONE]\"}", Map.of(PiiType.PHONE, 1));

    Row row = RecordRows.invalid("b.csv", 7, invalid, raw, LocalDate.of(2026, 3, 1));

    assertThat(row.size()).isEqualTo(IngestSchemas.RECORD.length());
    assertThat(field(row, "valid")).isEqualTo(false);
    assertThat(field(row, "source")).isEqualTo("b.csv");
    assertThat(field(row, "line")).isEqualTo(7L);
    assertThat(field(row, "event_id")).isEqualTo("e9");
    assertThat(field(row, "session_id")).isNull();
    assertThat(field(row, "text")).isNull();
    assertThat(field(row, "reason")).isEqualTo("bad_timestamp");
    assertThat(field(row, "detail"))
        .isEqualTo("bad_timestamp: not a date; missing_field: channel is missing");
    assertThat(field(row, "raw")).isEqualTo("{\"text\":\"[PHONE]\"}");
    assertThat(field(row, "day")).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(masked(row)).containsExactly(Map.entry("phone", 1));
  }
}
