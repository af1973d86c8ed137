package io.kefu.qa.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.EventType;
import io.kefu.core.metrics.SessionDigest;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.session.SessionSummary;
import io.kefu.core.taxonomy.Intent;
import io.kefu.core.text.TextPreparation;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.engine.InspectionEngine;
import io.kefu.qa.engine.LexiconSentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionOutcomesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long VERSION = 1_772_000_000_000_000L;
  private static final Instant INSPECTED_AT = Instant.parse("2026-03-05T00:00:00Z");

  private final KeywordIntents intents = new KeywordIntents();
  private final List<String> questions = new ArrayList<>();
  private final List<String> intentsAsked = new ArrayList<>();
  private final SessionOutcomes outcomes =
      new SessionOutcomes(
          intents,
          (question, intent) -> {
            questions.add(question);
            intentsAsked.add(intent);
            return "7";
          },
          new InspectionEngine(QaRuleSet.defaults(), LexiconSentiment.packaged()),
          VERSION,
          INSPECTED_AT);

  private static List<ChatEvent> ratedAfterTheEnd() {
    return History.session("s1", "c1", "a1", Channel.APP, History.DAY1)
        .customer(0, "在吗")
        .agent(10, "您好,请问有什么可以帮您")
        .customer(20, "我要退款,手机 13812345678")
        .agent(50, "已为您退款,祝您生活愉快")
        .end(60, EndReason.RESOLVED)
        .csat(90, 5)
        .events();
  }

  @Test
  void theSessionRowIsTheRowTheStreamWritesWithItsLateRating() {
    List<ChatEvent> events = ratedAfterTheEnd();
    // The stream: digested at session_end, the late rating laid over the facts and the summary.
    List<ChatEvent> atClose = events.stream().filter(e -> e.type() != EventType.CSAT).toList();
    SessionDigest closed = SessionDigest.of(atClose, List.of(Intent.OTHER, Intent.RETURN_REFUND));
    SessionFacts rated = closed.facts().withRating(5);
    SessionSummary s = closed.summary();
    SessionSummary ratedSummary =
        new SessionSummary(
            s.sessionId(),
            s.customerId(),
            s.agentId(),
            s.channel(),
            s.start(),
            s.end(),
            s.durationSeconds(),
            s.turns(),
            s.customerMessages(),
            s.agentMessages(),
            s.botMessages(),
            s.firstResponseSeconds(),
            s.replyDelaysSeconds(),
            s.transfers(),
            rated.endReason(),
            rated.rating());

    SessionOutcome outcome = outcomes.of(events);

    assertThat(outcome.sessionRow())
        .isEqualTo(ClickHouseRows.session(ratedSummary, "return_refund", "7", VERSION));
    assertThat(outcome.facts()).isEqualTo(rated);
  }

  @Test
  void eventsInAnyOrderWithRepeatedIdsGiveTheSameOutcome() {
    List<ChatEvent> shuffled = new ArrayList<>(ratedAfterTheEnd());
    shuffled.add(shuffled.get(2));
    shuffled.add(shuffled.get(5));
    Collections.shuffle(shuffled, new Random(3));

    assertThat(outcomes.of(shuffled)).isEqualTo(outcomes.of(ratedAfterTheEnd()));
  }

  @Test
  void intentsArePredictedPerCustomerMessageInTimeOrderAndTheQuestionIsThePrimaryOnes() {
    SessionOutcome outcome = outcomes.of(ratedAfterTheEnd());

    assertThat(intents.seen).containsExactly("在吗", "我要退款,手机 13812345678");
    assertThat(outcome.facts().primaryIntent()).isEqualTo(Intent.RETURN_REFUND);
    String masked = TextPreparation.prepare("我要退款,手机 13812345678");
    assertThat(masked).contains("[PHONE]");
    assertThat(questions).containsExactly(masked);
    // the question is clustered among the FAQs of the session's primary intent
    assertThat(intentsAsked).containsExactly("return_refund");
    assertThat(outcome.faqCluster()).isEqualTo("7");
    assertThat(outcome.customerMessages())
        .extracting(m -> m.maskedText())
        .containsExactly(TextPreparation.prepare("在吗"), masked);
  }

  @Test
  void theInspectionRowsCarryTheRunsVersionAndTime() throws Exception {
    List<ChatEvent> leak =
        History.session("s2", "c1", "a1", Channel.WEB, History.DAY1)
            .customer(0, "快递到哪了")
            .agent(10, "您好,加我微信 13812345678 私聊")
            .end(20, EndReason.RESOLVED)
            .events();

    SessionOutcome outcome = outcomes.of(leak);
    JsonNode inspection = JSON.readTree(outcome.inspectionRow());

    assertThat(inspection.get("session_id").asText()).isEqualTo("s2");
    assertThat(inspection.get("version").asLong()).isEqualTo(VERSION);
    assertThat(inspection.get("inspected_at").asLong()).isEqualTo(INSPECTED_AT.getEpochSecond());
    assertThat(outcome.violationRows())
        .extracting(v -> JSON.readTree(v).get("rule_id").asText())
        .contains("agent_pii_leak");
    assertThat(outcome.violationRows())
        .allSatisfy(v -> assertThat(JSON.readTree(v).get("version").asLong()).isEqualTo(VERSION));
  }

  @Test
  void aBotOnlySessionHasNoAgentTiming() {
    List<ChatEvent> bot =
        History.session("s3", "c2", null, Channel.MINI_PROGRAM, History.DAY1)
            .customer(0, "开票抬头写错了")
            .bot(2, "您可以在订单详情里修改")
            .end(10, EndReason.RESOLVED)
            .events();

    SessionOutcome outcome = outcomes.of(bot);

    assertThat(outcome.timing()).isNull();
    assertThat(outcome.facts().agentId()).isEmpty();
    assertThat(outcome.facts().primaryIntent()).isEqualTo(Intent.INVOICE);
  }

  @Test
  void anAgentSessionCountsForTheAgentOnTheDayItStarted() {
    SessionOutcome outcome = outcomes.of(ratedAfterTheEnd());

    assertThat(outcome.timing().agentId()).isEqualTo("a1");
    assertThat(outcome.timing().day()).hasToString("2026-03-01");
    assertThat(outcome.timing().sessions()).isEqualTo(1);
  }
}
