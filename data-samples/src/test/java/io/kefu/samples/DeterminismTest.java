package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.samples.output.DatasetWriter;
import io.kefu.samples.output.FileEntry;
import io.kefu.samples.output.Manifest;
import io.kefu.samples.output.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

  private static final GeneratorConfig CONFIG =
      new GeneratorConfig(
          400,
          42,
          LocalDate.of(2026, 11, 9),
          4,
          List.of(Spike.parse("退货退款@2026-11-11T10:00x3")),
          0.05,
          0.25);

  @Test
  void theSameArgumentsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
    Manifest first = new DatasetWriter(CONFIG, a, Progress.NONE).write();
    Manifest second = new DatasetWriter(CONFIG, b, Progress.NONE).write();

    assertThat(first.files()).isEqualTo(second.files());
    for (FileEntry f : first.files()) {
      assertThat(Files.readAllBytes(a.resolve(f.path())))
          .as(f.path())
          .isEqualTo(Files.readAllBytes(b.resolve(f.path())));
    }
    assertThat(Files.readAllBytes(a.resolve("truth/manifest.json")))
        .isEqualTo(Files.readAllBytes(b.resolve("truth/manifest.json")));
  }

  @Test
  void aRerunIntoTheSameFolderReplacesTheOldFiles(@TempDir Path dir) throws IOException {
    new DatasetWriter(
            CONFIG.withSpikes(List.of()).withDays(LocalDate.of(2026, 10, 1), 2), dir, Progress.NONE)
        .write();
    Manifest m = new DatasetWriter(CONFIG, dir, Progress.NONE).write();

    try (var raw = Files.list(dir.resolve("raw"))) {
      assertThat(raw.map(p -> "raw/" + p.getFileName()))
          .containsExactlyInAnyOrderElementsOf(
              m.files().stream().map(FileEntry::path).filter(p -> p.startsWith("raw/")).toList());
    }
  }

  @Test
  void anotherSeedGivesOtherSessions(@TempDir Path a, @TempDir Path b) throws IOException {
    new DatasetWriter(CONFIG, a, Progress.NONE).write();
    new DatasetWriter(
            new GeneratorConfig(400, 43, CONFIG.start(), 4, CONFIG.spikes(), 0.05, 0.25),
            b,
            Progress.NONE)
        .write();

    assertThat(Files.readString(a.resolve("truth/sessions.jsonl")))
        .isNotEqualTo(Files.readString(b.resolve("truth/sessions.jsonl")));
  }

  @Test
  void scriptingASessionAloneGivesTheSameEventsAsAFullRun() {
    ChatLogGenerator generator = new ChatLogGenerator(CONFIG);
    var all = generator.generate();
    var plan = all.get(all.size() / 2).plan();

    assertThat(new ChatLogGenerator(CONFIG).script(plan)).isEqualTo(all.get(all.size() / 2));
  }
}
