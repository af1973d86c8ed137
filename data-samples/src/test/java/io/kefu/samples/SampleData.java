package io.kefu.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.export.CsvRecordReader;
import io.kefu.core.event.export.ExportRowMapper;
import io.kefu.samples.output.DatasetWriter;
import io.kefu.samples.output.Manifest;
import io.kefu.samples.output.Progress;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One generated data set shared by the tests of a run (2000 sessions, seed 7, 3 % corrupt lines, a
 * spike, an emerging phrase), read back with the core parser.
 */
final class SampleData {

  static final Pattern CORRUPT_ID = Pattern.compile("\"event_id\":\"(e-[0-9a-f]{16}-c\\d+)\"");
  static final Spike SPIKE = Spike.parse("urge_shipment@2026-11-03T20:00×4");
  static final EmergingPhrase EMERGING = EmergingPhrase.parse("充电宝鼓包@2026-11-04T15:00×15");
  static final GeneratorConfig CONFIG =
      new GeneratorConfig(
          2000, 7, LocalDate.of(2026, 11, 1), 7, List.of(SPIKE), List.of(EMERGING), 0.03, 0.2);

  private static SampleData instance;

  final Path dir;
  final Manifest manifest;

  /** Every raw line, file by file, in file order. */
  final List<String> rawLines = new ArrayList<>();

  /** Every CSV data row mapped to JSON, in file order. */
  final List<JsonNode> exportRows = new ArrayList<>();

  /** Valid events by session, duplicates dropped, in time order. */
  final Map<String, List<ChatEvent>> sessions = new LinkedHashMap<>();

  final List<JsonNode> truth = new ArrayList<>();

  private SampleData(Path dir) throws IOException {
    this.dir = dir;
    this.manifest = new DatasetWriter(CONFIG, dir, Progress.NONE).write();
    read();
  }

  static synchronized SampleData get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("kefu-samples-");
        instance = new SampleData(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  static boolean isCorrupt(String line) {
    return CORRUPT_ID.matcher(line).find();
  }

  private void read() throws IOException {
    ChatEventParser parser = new ChatEventParser();
    ObjectMapper mapper = new ObjectMapper();
    Map<String, ChatEvent> byId = new LinkedHashMap<>();
    for (Path f : list("raw")) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        rawLines.add(line);
        if (!isCorrupt(line) && parser.parse(line) instanceof ParsedEvent.Valid v) {
          byId.putIfAbsent(v.event().eventId(), v.event());
        }
      }
    }
    for (Path f : list("exports")) {
      String csv = Files.readString(f, StandardCharsets.UTF_8);
      try (CsvRecordReader reader = new CsvRecordReader(new StringReader(csv))) {
        ExportRowMapper rows = new ExportRowMapper(reader.next().fields());
        CsvRecordReader.CsvRecord record;
        while ((record = reader.next()) != null) {
          JsonNode row = rows.toJson(record.fields());
          exportRows.add(row);
          if (parser.parse(row) instanceof ParsedEvent.Valid v) {
            byId.putIfAbsent(v.event().eventId(), v.event());
          }
        }
      }
    }
    for (ChatEvent e : byId.values()) {
      sessions.computeIfAbsent(e.sessionId(), s -> new ArrayList<>()).add(e);
    }
    sessions.values().forEach(list -> list.sort(Comparator.comparing(e -> e.ts().toInstant())));
    for (String line : Files.readAllLines(dir.resolve("truth/sessions.jsonl"))) {
      truth.add(mapper.readTree(line));
    }
  }

  List<Path> list(String sub) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve(sub))) {
      return files.sorted().toList();
    }
  }

  List<ChatEvent> messages(String sessionId) {
    return sessions.get(sessionId).stream()
        .filter(e -> e.type() == io.kefu.core.event.EventType.MESSAGE)
        .toList();
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at JVM exit; the folder is under the system temp directory
    }
  }
}
