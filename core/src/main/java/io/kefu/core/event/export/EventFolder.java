package io.kefu.core.event.export;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of chat logs as {@code ./kefu generate} writes them, read whole into memory for the
 * benchmarks and evaluations that score sessions outside Spark.
 */
public final class EventFolder {

  private EventFolder() {}

  /**
   * The valid events of generated logs (JSON lines and CSV exports, the truth folder excepted), one
   * list per session, a repeated event id once.
   */
  public static List<List<ChatEvent>> sessions(Path dir) throws IOException {
    ChatEventParser parser = new ChatEventParser();
    Map<String, Map<String, ChatEvent>> bySession = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> listing = Files.walk(dir)) {
      files =
          listing
              .filter(p -> p.toString().endsWith(".jsonl") || RawRecords.isCsv(p.toString()))
              .filter(p -> !dir.relativize(p).startsWith("truth"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        RawRecords.read(
            in,
            file.getFileName().toString(),
            parser,
            r -> {
              if (r.parsed() instanceof ParsedEvent.Valid v) {
                bySession
                    .computeIfAbsent(v.event().sessionId(), k -> new TreeMap<>())
                    .putIfAbsent(v.event().eventId(), v.event());
              }
            });
      }
    }
    List<List<ChatEvent>> sessions = new ArrayList<>();
    bySession.values().forEach(events -> sessions.add(new ArrayList<>(events.values())));
    return sessions;
  }
}
