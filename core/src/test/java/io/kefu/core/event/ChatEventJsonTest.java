package io.kefu.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatEventJsonTest {

  private static final ChatEvent.Header HEADER =
      new ChatEvent.Header(
          "e-1",
          "s-1",
          "c-1",
          null,
          Channel.MINI_PROGRAM,
          OffsetDateTime.parse("2026-11-01T23:59:59.125+08:00"));

  private final ChatEventParser parser = new ChatEventParser();

  @Test
  void everyEventTypeRoundTripsThroughJson() {
    ChatEvent.Header agentHeader =
        new ChatEvent.Header(
            "e-2", "s-1", "c-1", "a-7", Channel.WEB, OffsetDateTime.parse("2026-11-02T00:00:00Z"));
    List<ChatEvent> events =
        List.of(
            ChatEvent.sessionStart(HEADER),
            ChatEvent.message(HEADER, Role.BOT, "亲，在的<br>有什么可以帮您？😊 \"引号\" \\ 换行\n"),
            ChatEvent.transfer(agentHeader),
            ChatEvent.message(agentHeader, Role.AGENT, "您好，很高兴为您服务"),
            ChatEvent.sessionEnd(agentHeader, EndReason.RESOLVED),
            ChatEvent.csat(agentHeader, 5));

    for (ChatEvent event : events) {
      String json = ChatEventJson.write(event);
      assertThat(parser.parse(json)).isEqualTo(new ParsedEvent.Valid(event));
    }
  }

  @Test
  void agentIdIsWrittenAsNullWhileTheBotServes() {
    assertThat(ChatEventJson.write(ChatEvent.sessionStart(HEADER)))
        .contains("\"agent_id\":null")
        .doesNotContain("\"text\"")
        .contains("\"ts\":\"2026-11-01T23:59:59.125+08:00\"");
  }

  @Test
  void typeSpecificFieldsAppearOnlyOnTheirType() {
    String csat = ChatEventJson.write(ChatEvent.csat(HEADER, 4));

    assertThat(csat).contains("\"rating\":4").doesNotContain("role").doesNotContain("end_reason");
  }
}
