package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.truth.ForbiddenWords;
import io.kefu.samples.truth.QaTruth;
import io.kefu.samples.truth.QaTruthReader;
import io.kefu.samples.truth.RuleBreak;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quality-inspection truth of a generated seed: every rule is planted at a realistic rate and
 * points at a message of the right role, and the hard cases are there — near-misses that carry no
 * truth, dodges, bot-to-agent hand-overs.
 */
class QaTruthTest {

  private static final Map<QaRuleId, Role> POINTS_AT = new EnumMap<>(QaRuleId.class);

  static {
    for (QaRuleId rule : QaRuleId.values()) {
      POINTS_AT.put(rule, Role.AGENT);
    }
    POINTS_AT.put(QaRuleId.REPLY_TIMEOUT, Role.CUSTOMER);
    POINTS_AT.put(QaRuleId.NO_APOLOGY_ON_COMPLAINT, Role.CUSTOMER);
    POINTS_AT.put(QaRuleId.NEGATIVE_UNRESOLVED, Role.CUSTOMER);
    POINTS_AT.put(QaRuleId.SENTIMENT_DROP, Role.CUSTOMER);
  }

  private static final Pattern STEERING_DODGE = Pattern.compile("威信|V信|加v|扣扣|企鹅|加 微 信");

  private final SampleData data = SampleData.get();
  private final Map<String, QaTruth> truth = readTruth();

  private Map<String, QaTruth> readTruth() {
    try {
      return QaTruthReader.read(data.dir);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theReaderGivesEverySessionWithItsViolations() {
    assertThat(truth).hasSize(data.truth.size());
    data.truth.forEach(
        t -> {
          QaTruth q = truth.get(t.get("session_id").asText());
          assertThat(q.violations()).hasSize(t.get("qa_violations").size());
          assertThat(q.messages()).isEqualTo(t.get("messages").asInt());
          assertThat(q.endReason().wireName()).isEqualTo(t.get("end_reason").asText());
        });
  }

  @Test
  void everyRuleIsBrokenInOneToFifteenPercentOfAgentSessionsAndGreetingsAreTheNorm() {
    long agentSessions = truth.values().stream().filter(t -> t.agentId() != null).count();
    for (QaRuleId rule : QaRuleId.values()) {
      long broken = truth.values().stream().filter(t -> t.breaks(rule)).count();
      double share = (double) broken / agentSessions;
      boolean modelBased = rule == QaRuleId.NEGATIVE_UNRESOLVED || rule == QaRuleId.SENTIMENT_DROP;
      assertThat(share).as(rule.id()).isBetween(0.01, modelBased ? 0.2 : 0.08);
    }
  }

  @Test
  void everyViolationPointsAtAMessageOfTheRoleItsRuleJudges() {
    for (QaTruth t : truth.values()) {
      List<ChatEvent> messages = data.messages(t.sessionId());
      boolean agentWrote = messages.stream().anyMatch(e -> e.role() == Role.AGENT);
      for (RuleBreak v : t.violations()) {
        assertThat(v.messageIndex()).as(t.toString()).isBetween(0, messages.size() - 1);
        Role expected =
            v.rule() == QaRuleId.FIRST_RESPONSE_TIMEOUT && !agentWrote
                ? Role.CUSTOMER
                : POINTS_AT.get(v.rule());
        assertThat(messages.get(v.messageIndex()).role())
            .as(t.sessionId() + " " + v)
            .isEqualTo(expected);
      }
      if (t.agentId() == null) {
        assertThat(t.violations())
            .allMatch(
                v ->
                    v.rule() == QaRuleId.NEGATIVE_UNRESOLVED
                        || v.rule() == QaRuleId.SENTIMENT_DROP);
      }
    }
  }

  @Test
  void firstRepliesAtExactlyFiftyNineOrSixtySecondsAreOnTimeAndAtSixtyOneLate() {
    int onTime = 0;
    int late = 0;
    for (QaTruth t : truth.values()) {
      long delay = firstReplyDelay(t.sessionId());
      boolean flagged = t.breaks(QaRuleId.FIRST_RESPONSE_TIMEOUT);
      if (delay == 59 || delay == 60) {
        assertThat(flagged).as(t.sessionId()).isFalse();
        onTime++;
      } else if (delay == 61) {
        assertThat(flagged).as(t.sessionId()).isTrue();
        late++;
      }
    }
    assertThat(onTime).isGreaterThan(20);
    assertThat(late).isGreaterThan(5);
  }

  @Test
  void handedOverSessionsCountFromTheTransferAndBotMessagesAreNoReply() {
    int fromTransfer = 0;
    int botWhileWaiting = 0;
    for (QaTruth t : truth.values()) {
      List<ChatEvent> events = data.sessions.get(t.sessionId());
      Instant transfer = first(events, e -> e.type() == EventType.TRANSFER);
      Instant customer = first(events, e -> e.role() == Role.CUSTOMER);
      Instant agent = first(events, e -> e.role() == Role.AGENT);
      if (transfer == null || customer == null || agent == null) {
        continue;
      }
      if (customer.isBefore(transfer)
          && seconds(customer, agent) > 60
          && seconds(transfer, agent) <= 60) {
        assertThat(t.breaks(QaRuleId.FIRST_RESPONSE_TIMEOUT)).as(t.sessionId()).isFalse();
        fromTransfer++;
      }
      boolean botAfterTransfer =
          events.stream()
              .anyMatch(
                  e ->
                      e.role() == Role.BOT
                          && e.ts().toInstant().isAfter(transfer)
                          && e.ts().toInstant().isBefore(agent));
      botWhileWaiting += botAfterTransfer && t.breaks(QaRuleId.FIRST_RESPONSE_TIMEOUT) ? 1 : 0;
    }
    assertThat(fromTransfer).isGreaterThan(20);
    assertThat(botWhileWaiting).isGreaterThan(5);
  }

  @Test
  void customersWhoLeaveTheQueueBreakTheFirstResponseOnTheirWaitingMessage() {
    int left = 0;
    for (QaTruth t : truth.values()) {
      List<ChatEvent> m = data.messages(t.sessionId());
      if (t.agentId() != null && m.stream().noneMatch(e -> e.role() == Role.AGENT)) {
        assertThat(t.indexesOf(QaRuleId.FIRST_RESPONSE_TIMEOUT)).containsExactly(m.size() - 1);
        left++;
      }
    }
    assertThat(left).isPositive();
  }

  @Test
  void harmlessLookAlikesInAgentMessagesCarryNoTruth() {
    int containers = 0;
    int negatedPromises = 0;
    int masked = 0;
    for (QaTruth t : truth.values()) {
      List<ChatEvent> m = data.messages(t.sessionId());
      for (int i = 0; i < m.size(); i++) {
        String text = m.get(i).text();
        if (m.get(i).role() != Role.AGENT) {
          continue;
        }
        if (ForbiddenWords.containsHarmlessContainer(text) && !ForbiddenWords.containsAny(text)) {
          assertThat(t.indexesOf(QaRuleId.FORBIDDEN_WORDS)).as(text).doesNotContain(i);
          containers++;
        }
        if (text.matches("(?s).*(不能保证|没法保证|无法承诺|不敢打包票|不敢保证).*")
            && !t.indexesOf(QaRuleId.IMPROPER_PROMISE).contains(i)) {
          negatedPromises++;
        }
        if (text.contains("****") && !t.indexesOf(QaRuleId.AGENT_PII_LEAK).contains(i)) {
          masked++;
        }
      }
    }
    assertThat(containers).isGreaterThan(10);
    assertThat(negatedPromises).isGreaterThan(5);
    assertThat(masked).isGreaterThan(50);
  }

  @Test
  void agentsDodgeFiltersAndGreetOrCloseInTheWrongMessage() {
    int dodges = 0;
    int lateGreetings = 0;
    for (QaTruth t : truth.values()) {
      List<ChatEvent> m = data.messages(t.sessionId());
      for (int i : t.indexesOf(QaRuleId.OFF_PLATFORM_STEERING)) {
        dodges += STEERING_DODGE.matcher(m.get(i).text()).find() ? 1 : 0;
      }
      List<ChatEvent> agent = m.stream().filter(e -> e.role() == Role.AGENT).toList();
      if (t.breaks(QaRuleId.MISSING_GREETING)
          && agent.size() > 1
          && agent.get(1).text().matches("(?s).*(您好|你好).*")) {
        lateGreetings++;
      }
    }
    assertThat(dodges).isGreaterThan(3);
    assertThat(lateGreetings).isPositive();
  }

  private long firstReplyDelay(String sessionId) {
    List<ChatEvent> events = data.sessions.get(sessionId);
    Instant transfer = first(events, e -> e.type() == EventType.TRANSFER);
    Instant agent = first(events, e -> e.role() == Role.AGENT);
    Instant customer = first(events, e -> e.role() == Role.CUSTOMER);
    if (transfer == null || agent == null || customer == null) {
      return -1;
    }
    Instant clock =
        customer.isBefore(transfer)
            ? transfer
            : first(
                events, e -> e.role() == Role.CUSTOMER && !e.ts().toInstant().isBefore(transfer));
    return seconds(clock, agent);
  }

  private static Instant first(List<ChatEvent> events, Predicate<ChatEvent> p) {
    return events.stream().filter(p).findFirst().map(e -> e.ts().toInstant()).orElse(null);
  }

  private static long seconds(Instant a, Instant b) {
    return Duration.between(a, b).toSeconds();
  }
}
