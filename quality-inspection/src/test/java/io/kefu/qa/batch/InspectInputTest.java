package io.kefu.qa.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectInputTest {

  @TempDir Path dir;

  private static void touch(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{}\n");
  }

  @Test
  void aFolderWithReportAndMessagesIsAnIngestOutput() throws IOException {
    touch(dir.resolve("report.json"));
    touch(dir.resolve("messages/day=2026-11-01/part-0.parquet"));

    InspectInput input = InspectInput.of(dir.toString(), new Configuration());

    assertThat(input.ingestOutput()).isTrue();
    assertThat(input.rawFiles()).isEmpty();
  }

  @Test
  void rawLogsAreEveryJsonAndCsvFileButTheTruthAndHiddenFiles() throws IOException {
    touch(dir.resolve("raw/chat-2026-11-01.jsonl"));
    touch(dir.resolve("exports/chat-export-2026-11-01.csv"));
    touch(dir.resolve("truth/sessions.jsonl"));
    touch(dir.resolve(".hidden/x.jsonl"));
    touch(dir.resolve("raw/notes.txt"));

    InspectInput input = InspectInput.of(dir.toString(), new Configuration());

    assertThat(input.ingestOutput()).isFalse();
    assertThat(input.rawFiles())
        .hasSize(2)
        .anyMatch(f -> f.endsWith("raw/chat-2026-11-01.jsonl"))
        .anyMatch(f -> f.endsWith("exports/chat-export-2026-11-01.csv"));
  }

  @Test
  void aFolderWithNothingToReadIsRefusedSayingWhatWasExpected() throws IOException {
    touch(dir.resolve("notes.txt"));

    assertThatThrownBy(() -> InspectInput.of(dir.toString(), new Configuration()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nothing to inspect")
        .hasMessageContaining("report.json + messages/");
    assertThatThrownBy(
            () -> InspectInput.of(dir.resolve("missing").toString(), new Configuration()))
        .hasMessageContaining("--input not found");
  }
}
