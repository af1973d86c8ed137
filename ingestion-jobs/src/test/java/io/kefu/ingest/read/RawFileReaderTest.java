package io.kefu.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.ingest.schema.IngestSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawFileReaderTest {

  private static Object field(Row record, String name) {
    return record.get(IngestSchemas.RECORD.fieldIndex(name));
  }

  private static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    new RawFileReader("UTF-8").call(file.toUri().toString()).forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void aQuarantinedLineKeepsItsIdsAndTimestampAndMasksItsText(@TempDir Path dir)
      throws IOException {
    String ids =
        "{\"event_id\":\"20261101123456789\",\"type\":\"message\","
            + "\"session_id\":\"S202611010000123456\",\"customer_id\":\"u13800000000123\","
            + "\"agent_id\":null,\"channel\":\"app\",\"ts\":\"2026-02-30T09:52:48+08:00\","
            + "\"role\":\"customer\",\"text\":\"";
    Path file = Files.writeString(dir.resolve("chat-2026-02-28.jsonl"), ids + "电话13812345678\"}\n");

    List<Row> rows = read(file);

    assertThat(rows).hasSize(1);
    assertThat(field(rows.get(0), "reason")).isEqualTo("bad_timestamp");
    assertThat(field(rows.get(0), "raw")).isEqualTo(ids + "电话[PHONE]\"}");
  }

  @Test
  void twoObjectsOnOneLineAreQuarantinedAsMalformedJson(@TempDir Path dir) throws IOException {
    String event =
        "{\"event_id\":\"e1\",\"type\":\"session_start\",\"session_id\":\"s1\","
            + "\"customer_id\":\"c1\",\"channel\":\"app\",\"ts\":\"2026-11-01T10:00:00+08:00\"}";
    Path file = Files.writeString(dir.resolve("chat.jsonl"), event + event + "\n" + event + "\n");

    List<Row> rows = read(file);

    assertThat(rows).extracting(r -> field(r, "valid")).containsExactly(false, true);
    assertThat(field(rows.get(0), "reason")).isEqualTo("malformed_json");
    assertThat(field(rows.get(0), "raw")).isEqualTo(event + event);
  }
}
