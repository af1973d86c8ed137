package io.kefu.core.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.ChatEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFolderTest {

  private static String event(String id, String session, String ts) {
    return "{\"event_id\":\""
        + id
        + "\",\"type\":\"message\",\"session_id\":\""
        + session
        + "\",\"customer_id\":\"c\",\"agent_id\":\"a\",\"channel\":\"web\",\"ts\":\""
        + ts
        + "\",\"role\":\"agent\",\"text\":\"您好\"}";
  }

  @Test
  void sessionsAreReadFromRawLogsAndExportsWithoutTruthInvalidLinesOrRepeatedIds(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("raw"));
    Files.createDirectories(dir.resolve("truth"));
    Files.writeString(
        dir.resolve("raw/chat-2026-11-01.jsonl"),
        String.join(
            "\n",
            event("e1", "s1", "2026-11-01T10:00:00+08:00"),
            event("e1", "s1", "2026-11-01T10:00:00+08:00"),
            "{not json",
            event("e2", "s2", "2026-11-01T10:01:00+08:00")));
    Files.writeString(
        dir.resolve("truth/sessions.jsonl"), event("e9", "s9", "2026-11-01T10:00:00+08:00"));

    List<List<ChatEvent>> sessions = EventFolder.sessions(dir);

    assertThat(sessions).hasSize(2);
    assertThat(sessions.get(0)).extracting(ChatEvent::eventId).containsExactly("e1");
  }
}
