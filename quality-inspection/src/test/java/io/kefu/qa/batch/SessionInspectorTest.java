package io.kefu.qa.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.Role;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SessionInspectorTest {

  private static ChatEvent message(String id, String ts, String text) {
    return ChatEvent.message(
        new ChatEvent.Header(id, "s1", "c1", "a1", Channel.WECHAT, OffsetDateTime.parse(ts)),
        Role.AGENT,
        text);
  }

  @Test
  void aRepeatedEventIdCountsOnceTheEarliestCopyKept() {
    List<Row> rows =
        List.of(
            EventRows.valid(message("e2", "2026-11-01T10:00:05+08:00", "later copy")),
            EventRows.valid(message("e1", "2026-11-01T10:00:00+08:00", "您好")),
            EventRows.valid(message("e2", "2026-11-01T10:00:03+08:00", "first copy")));

    List<ChatEvent> events = SessionInspector.deduplicated(rows.iterator());

    assertThat(events).extracting(ChatEvent::eventId).containsExactly("e1", "e2");
    assertThat(events.get(1).text()).isEqualTo("first copy");
  }

  @Test
  void anEventSurvivesTheRowRoundTripAsTheSameInstant() {
    ChatEvent e = message("e1", "2026-11-01T10:00:00+08:00", "<b>您好</b> 😊");

    ChatEvent back = EventRows.event(EventRows.valid(e));

    assertThat(back.ts().toInstant()).isEqualTo(e.ts().toInstant());
    assertThat(back.ts().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(back).usingRecursiveComparison().ignoringFields("ts").isEqualTo(e);
  }
}
