package io.kefu.samples.output;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventJson;
import io.kefu.core.event.EventTimestamps;
import io.kefu.samples.ChatLogGenerator;
import io.kefu.samples.GeneratorConfig;
import io.kefu.samples.schedule.PlannedSessions;
import io.kefu.samples.schedule.RandomStreams;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.schedule.Source;
import io.kefu.samples.script.GeneratedSession;
import io.kefu.samples.text.Phrasebook;
import io.kefu.samples.truth.TruthJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a generated data set to a folder: {@code raw/chat-YYYY-MM-DD.jsonl} (events of the
 * sessions assigned to raw JSON, per Asia/Shanghai day of the session start, sorted by time then
 * event id, with corrupt and duplicate lines injected), {@code exports/chat-export-YYYY-MM-DD.csv}
 * (the other sessions, {@link ExportCsv}), {@code truth/sessions.jsonl} and {@code
 * truth/manifest.json}. Files a previous run left under those names are replaced. Sessions are
 * generated a day at a time, in parallel chunks, so memory stays bounded by a day.
 */
public final class DatasetWriter {

  private static final int CHUNK = 4096;
  private static final Comparator<ChatEvent> FILE_ORDER =
      Comparator.comparing((ChatEvent e) -> e.ts().toInstant()).thenComparing(ChatEvent::eventId);

  private final GeneratorConfig config;
  private final Path out;
  private final Progress progress;
  private final ChatLogGenerator generator;

  public DatasetWriter(GeneratorConfig config, Path out, Progress progress) {
    this(config, Phrasebook.standard(), out, progress);
  }

  /** A writer whose generator speaks from {@code book} (e.g. one side of a template split). */
  public DatasetWriter(GeneratorConfig config, Phrasebook book, Path out, Progress progress) {
    this.config = config;
    this.out = out;
    this.progress = progress;
    this.generator = new ChatLogGenerator(config, book);
  }

  /** Generates and writes everything; returns what was written. */
  public Manifest write() throws IOException {
    PlannedSessions planned = generator.plan();
    prepare();
    Tally tally = new Tally(planned.sessions().size());
    RawLogFaults faults = new RawLogFaults(new RandomStreams(config.seed()), config.corruptRate());
    List<FileEntry> files = new ArrayList<>();
    try (OutputFile truth = new OutputFile(out, "truth/sessions.jsonl")) {
      int fileIndex = 0;
      for (Map.Entry<LocalDate, List<SessionPlan>> day : byDay(planned.sessions()).entrySet()) {
        List<ChatEvent> raw = new ArrayList<>();
        List<ChatEvent> exports = new ArrayList<>();
        generateDay(day.getValue(), raw, exports, truth, tally);
        if (!raw.isEmpty()) {
          files.add(writeRaw(day.getKey(), raw, faults, fileIndex++, tally));
        }
        if (!exports.isEmpty()) {
          files.add(writeExport(day.getKey(), exports, tally));
        }
      }
      files.add(truth.finish());
    }
    files.sort(Comparator.comparing(FileEntry::path));
    Manifest manifest =
        new Manifest(
            config,
            planned.sessions().size(),
            planned.spikeSessions(),
            planned.emergingSessions(),
            tally.sessionsRaw,
            tally.sessionsExport,
            tally.eventsValid,
            tally.linesRaw,
            tally.rowsExport,
            faults.corruptByReason(),
            faults.duplicates(),
            List.copyOf(files));
    Files.writeString(
        out.resolve("truth/manifest.json"), ManifestJson.write(manifest), StandardCharsets.UTF_8);
    return manifest;
  }

  private void generateDay(
      List<SessionPlan> plans,
      List<ChatEvent> raw,
      List<ChatEvent> exports,
      OutputFile truth,
      Tally tally)
      throws IOException {
    for (int from = 0; from < plans.size(); from += CHUNK) {
      List<SessionPlan> chunk = plans.subList(from, Math.min(plans.size(), from + CHUNK));
      List<GeneratedSession> sessions = chunk.parallelStream().map(generator::script).toList();
      for (GeneratedSession s : sessions) {
        boolean isRaw = s.plan().source() == Source.RAW;
        (isRaw ? raw : exports).addAll(s.events());
        tally.sessionsRaw += isRaw ? 1 : 0;
        tally.sessionsExport += isRaw ? 0 : 1;
        tally.eventsValid += s.events().size();
        truth.record(TruthJson.write(s.truth()) + "\n");
      }
      tally.done += chunk.size();
      progress.sessionsWritten(tally.done, tally.total);
    }
  }

  private FileEntry writeRaw(
      LocalDate day, List<ChatEvent> events, RawLogFaults faults, int fileIndex, Tally tally)
      throws IOException {
    events.sort(FILE_ORDER);
    List<String> lines =
        faults.inject(events.parallelStream().map(ChatEventJson::write).toList(), fileIndex);
    try (OutputFile file = new OutputFile(out, "raw/chat-" + day + ".jsonl")) {
      for (String line : lines) {
        file.record(line + "\n");
      }
      tally.linesRaw += lines.size();
      return file.finish();
    }
  }

  private FileEntry writeExport(LocalDate day, List<ChatEvent> events, Tally tally)
      throws IOException {
    events.sort(FILE_ORDER);
    List<String> rows = events.parallelStream().map(ExportCsv::row).toList();
    try (OutputFile file = new OutputFile(out, "exports/chat-export-" + day + ".csv")) {
      file.write(ExportCsv.BOM + ExportCsv.HEADER + ExportCsv.CRLF);
      for (String row : rows) {
        file.record(row);
      }
      tally.rowsExport += rows.size();
      return file.finish();
    }
  }

  private static Map<LocalDate, List<SessionPlan>> byDay(List<SessionPlan> plans) {
    Map<LocalDate, List<SessionPlan>> days = new TreeMap<>();
    for (SessionPlan p : plans) {
      LocalDate day = p.start().atZone(EventTimestamps.BUSINESS_ZONE).toLocalDate();
      days.computeIfAbsent(day, d -> new ArrayList<>()).add(p);
    }
    return days;
  }

  // Only names this writer produces are removed, so a stale day file cannot mix into a new run.
  private void prepare() throws IOException {
    clean(out.resolve("raw"), "chat-*.jsonl");
    clean(out.resolve("exports"), "chat-export-*.csv");
    clean(out.resolve("truth"), "{sessions.jsonl,manifest.json}");
    Files.createDirectories(out.resolve("raw"));
    Files.createDirectories(out.resolve("exports"));
    Files.createDirectories(out.resolve("truth"));
  }

  private static void clean(Path dir, String glob) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, glob)) {
      for (Path p : stale) {
        Files.delete(p);
      }
    }
  }

  private static final class Tally {
    final long total;
    long done;
    int sessionsRaw;
    int sessionsExport;
    long eventsValid;
    long linesRaw;
    long rowsExport;

    Tally(long total) {
      this.total = total;
    }
  }
}
