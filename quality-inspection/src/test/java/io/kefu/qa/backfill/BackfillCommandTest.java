package io.kefu.qa.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillCommandTest {

  @Test
  void aFolderWithoutMessagesIsNotAnIngestOutput(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("ingested/messages"));

    assertThat(BackfillJob.messagesPath(dir.resolve("ingested").toString(), new Configuration()))
        .endsWith("ingested/messages");
    assertThatThrownBy(() -> BackfillJob.messagesPath(dir.toString(), new Configuration()))
        .hasMessageContaining("is not an ingest output (no messages/)")
        .hasMessageContaining("./kefu ingest --input RAW_LOGS --out " + dir);
  }

  @Test
  void theVersionIsTheRunsStartInEpochMicroseconds() {
    Instant start = Instant.parse("2026-03-01T00:00:00.123456789Z");

    assertThat(BackfillConfig.versionOf(start)).isEqualTo(1_772_323_200_123_456L);
    assertThat(BackfillConfig.versionOf(start.plusNanos(1_000)))
        .isGreaterThan(BackfillConfig.versionOf(start));
  }

  @Test
  void theLastLineHoldsTheRowsPerTableInTheOrderWritten() throws Exception {
    Map<String, Long> written = new LinkedHashMap<>();
    written.put("sessions", 7L);
    written.put("fcr_daily", 3L);

    JsonNode line =
        new ObjectMapper().readTree(BackfillCommand.lastLine(written, "kefu", 99L, 12.345));

    assertThat(line.get("rows").fieldNames()).toIterable().containsExactly("sessions", "fcr_daily");
    assertThat(line.at("/rows/sessions").asLong()).isEqualTo(7);
    assertThat(line.get("database").asText()).isEqualTo("kefu");
    assertThat(line.get("version").asLong()).isEqualTo(99);
    assertThat(line.get("elapsed_seconds").asDouble()).isEqualTo(12.3);
  }
}
