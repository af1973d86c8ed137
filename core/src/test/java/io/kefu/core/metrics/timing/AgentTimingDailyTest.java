package io.kefu.core.metrics.timing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import io.kefu.core.session.SessionSummarizer;
import io.kefu.core.session.SessionSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentTimingDailyTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-01T23:59:00+08:00");
  private int next;

  /** Customer at 0 s, the bot at 2 s, the agent at {@code agentAt} s, customer again, agent. */
  private SessionSummary session(String id, String agent, long agentAt) {
    List<ChatEvent> events = new ArrayList<>();
    events.add(ChatEvent.sessionStart(at(id, 0, null)));
    events.add(ChatEvent.message(at(id, 0, null), Role.CUSTOMER, "在吗"));
    events.add(ChatEvent.message(at(id, 2, null), Role.BOT, "您好，请稍等"));
    if (agent != null) {
      events.add(ChatEvent.message(at(id, agentAt, agent), Role.AGENT, "您好"));
      events.add(ChatEvent.message(at(id, agentAt + 10, agent), Role.CUSTOMER, "我要退款"));
      events.add(ChatEvent.message(at(id, agentAt + 160, agent), Role.AGENT, "好的"));
    }
    events.add(ChatEvent.sessionEnd(at(id, agentAt + 200, agent), EndReason.RESOLVED));
    return SessionSummarizer.summarize(events);
  }

  private ChatEvent.Header at(String id, long seconds, String agent) {
    return new ChatEvent.Header(
        "e" + next++, id, "c1", agent, Channel.APP, T0.plusSeconds(seconds));
  }

  @ParameterizedTest(name = "agent replies after {0} s: within SLA={1}")
  @CsvSource({"30, 1", "60, 1", "61, 0"})
  void firstResponseRunsToTheFirstAgentReplyNotTheBot(long agentAt, long withinSla) {
    AgentTimingDailyRow row =
        AgentTimingDaily.ofSession(session("s1", "a1", agentAt), SlaSettings.DEFAULT).orElseThrow();

    assertThat(row.firstResponseSecondsSum()).isEqualTo(agentAt);
    assertThat(row.firstResponseWithinSla()).isEqualTo(withinSla);
    assertThat(row.day()).isEqualTo(LocalDate.parse("2026-11-01"));
  }

  @Test
  void slaMetPercentPerAgentAndDay() {
    List<SessionSummary> sessions =
        List.of(
            session("s1", "a1", 30),
            session("s2", "a1", 90),
            session("s3", "a2", 10),
            session("s4", null, 0));

    List<AgentTimingDailyRow> rows = AgentTimingDaily.aggregate(sessions, SlaSettings.DEFAULT);

    assertThat(rows).extracting(AgentTimingDailyRow::agentId).containsExactly("a1", "a2");
    AgentTimingDailyRow a1 = rows.get(0);
    assertThat(a1.sessions()).isEqualTo(2);
    assertThat(a1.firstResponseSlaPercent().getAsDouble()).isEqualTo(50.0);
    assertThat(a1.meanFirstResponseSeconds().getAsDouble()).isEqualTo(60.0);
    assertThat(a1.replies()).isEqualTo(2);
    assertThat(a1.maxReplyDelaySeconds()).isEqualTo(150);
    assertThat(a1.replySlaPercent().getAsDouble()).isZero();
  }

  @Test
  void theSlaIsConfigurable() {
    SlaSettings strict = new SlaSettings(Duration.ofSeconds(20), Duration.ofSeconds(200));

    AgentTimingDailyRow row =
        AgentTimingDaily.ofSession(session("s1", "a1", 30), strict).orElseThrow();

    assertThat(row.firstResponseWithinSla()).isZero();
    assertThat(row.repliesWithinSla()).isEqualTo(1);
  }
}
