package io.kefu.qa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.testing.Inspect;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events of one session written with different offsets, as logs merged from several systems are:
 * timing is measured between instants and the day is the Asia/Shanghai day of the session start.
 */
class TimeZoneInspectionTest {

  private int seq;

  private ChatEvent.Header at(String ts) {
    return new ChatEvent.Header(
        "e" + seq++, "tz1", "c1", "a1", Channel.WEB, OffsetDateTime.parse(ts));
  }

  private List<ChatEvent> session(String agentReplyTs) {
    return List.of(
        ChatEvent.sessionStart(at("2026-03-01T16:30:00Z")),
        ChatEvent.message(at("2026-03-02T00:30:05+08:00"), Role.CUSTOMER, "在吗，订单还没发货"),
        ChatEvent.message(at(agentReplyTs), Role.AGENT, "您好，这边帮您查一下"),
        ChatEvent.message(at("2026-03-01T11:33:00-05:00"), Role.AGENT, "还有其他可以帮您的吗？"),
        ChatEvent.sessionEnd(at("2026-03-01T16:34:00Z"), EndReason.RESOLVED));
  }

  @Test
  void sessionStartingAtUtcEveningCountsOnTheShanghaiDayAfter() {
    Inspection inspection = Inspect.ENGINE.inspect("tz1", session("2026-03-01T16:30:40Z"));

    assertThat(inspection.day()).isEqualTo(LocalDate.parse("2026-03-02"));
  }

  @Test
  void firstResponseIsMeasuredBetweenInstantsWhateverTheirOffsets() {
    // 00:30:05 +08:00 is 16:30:05 Z: a reply at 11:31:05 -05:00 (16:31:05 Z) is 60 s later.
    Inspection onTime = Inspect.ENGINE.inspect("tz1", session("2026-03-01T11:31:05-05:00"));
    seq = 0;
    Inspection late = Inspect.ENGINE.inspect("tz1", session("2026-03-02T00:31:06+08:00"));

    assertThat(rules(onTime)).doesNotContain(QaRuleId.FIRST_RESPONSE_TIMEOUT);
    assertThat(rules(late)).contains(QaRuleId.FIRST_RESPONSE_TIMEOUT);
  }

  private static List<QaRuleId> rules(Inspection inspection) {
    return inspection.violations().stream().map(Violation::rule).toList();
  }
}
