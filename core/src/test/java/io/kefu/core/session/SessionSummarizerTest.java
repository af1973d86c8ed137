package io.kefu.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSummarizerTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-01T23:58:00+08:00");
  private int next;

  private ChatEvent.Header at(int seconds, String agent) {
    return new ChatEvent.Header(
        "e" + next++, "s1", "c1", agent, Channel.APP, T0.plusSeconds(seconds));
  }

  private List<ChatEvent> conversation() {
    List<ChatEvent> events = new ArrayList<>();
    events.add(ChatEvent.sessionStart(at(0, null)));
    events.add(ChatEvent.message(at(5, null), Role.CUSTOMER, "在吗"));
    events.add(ChatEvent.message(at(6, null), Role.BOT, "您好，请问有什么可以帮您"));
    events.add(ChatEvent.message(at(20, null), Role.CUSTOMER, "我要退款"));
    events.add(ChatEvent.transfer(at(25, "a1")));
    events.add(ChatEvent.message(at(95, "a1"), Role.AGENT, "您好，我来帮您处理"));
    events.add(ChatEvent.message(at(100, "a1"), Role.CUSTOMER, "好"));
    events.add(ChatEvent.message(at(110, "a1"), Role.CUSTOMER, "快点"));
    events.add(ChatEvent.message(at(250, "a1"), Role.AGENT, "已经退款了"));
    events.add(ChatEvent.sessionEnd(at(300, "a1"), EndReason.RESOLVED));
    events.add(ChatEvent.csat(at(320, "a1"), 2));
    events.add(ChatEvent.csat(at(330, "a1"), 5));
    return events;
  }

  @Test
  void summaryCountsTurnsDelaysTransfersAndTheFirstRating() {
    List<ChatEvent> events = conversation();
    Collections.reverse(events);

    SessionSummary s = SessionSummarizer.summarize(events);

    assertThat(s.start()).isEqualTo(T0);
    assertThat(s.end()).isEqualTo(T0.plusSeconds(300));
    assertThat(s.durationSeconds()).isEqualTo(300);
    assertThat(s.turns()).isEqualTo(7);
    assertThat(s.customerMessages()).isEqualTo(4);
    assertThat(s.agentMessages()).isEqualTo(2);
    assertThat(s.botMessages()).isEqualTo(1);
    assertThat(s.firstResponseSeconds()).isEqualTo(90);
    assertThat(s.replyDelaysSeconds()).containsExactly(75L, 150L);
    assertThat(s.transfers()).isEqualTo(1);
    assertThat(s.agentId()).isEqualTo("a1");
    assertThat(s.endReason()).isEqualTo(EndReason.RESOLVED);
    assertThat(s.rating()).isEqualTo(2);
  }

  @Test
  void aBotOnlySessionWithoutEndHasNoAgentNoResponseAndIsNotEnded() {
    SessionSummary s =
        SessionSummarizer.summarize(
            List.of(
                ChatEvent.sessionStart(at(0, null)),
                ChatEvent.message(at(3, null), Role.CUSTOMER, "发票怎么开"),
                ChatEvent.message(at(4, null), Role.BOT, "请在订单页申请")));

    assertThat(s.agentId()).isNull();
    assertThat(s.firstResponseSeconds()).isEqualTo(-1);
    assertThat(s.ended()).isFalse();
    assertThat(s.end()).isEqualTo(T0.plusSeconds(4));
  }
}
