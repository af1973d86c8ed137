package io.kefu.qa.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.model.Prediction;
import io.kefu.core.model.Predictor;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.testing.Chat;
import io.kefu.qa.testing.Inspect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InspectionEngineTest {

  private static Chat messy() {
    return Chat.withBot("s-messy")
        .customer(0, "在吗")
        .bot(1, "您好，我是智能助手")
        .customer(5, "人工！！垃圾机器人")
        .transfer(10)
        .agent(100, "加我vx聊吧，明天一定到")
        .customer(110, "什么破服务，投诉")
        .agent(400, "嗯")
        .end(410, EndReason.ABANDONED)
        .csat(420, 1);
  }

  @Test
  void aCleanSessionScoresOneHundredAndIsNotQueued() {
    Chat chat =
        Chat.withAgent("s-clean")
            .customer(0, "你好，请问什么时候发货")
            .agent(20, "您好，今天下午发货")
            .customer(40, "好的谢谢")
            .agent(50, "不客气，祝您生活愉快")
            .end(60, EndReason.RESOLVED)
            .csat(70, 5);
    Inspection inspection = Inspect.session(chat);
    assertThat(inspection.violations()).isEmpty();
    assertThat(inspection.score()).isEqualTo(100);
    assertThat(inspection.critical()).isFalse();
    assertThat(inspection.reviewQueued()).isFalse();
    assertThat(inspection.day()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(inspection.agentId()).isEqualTo(Chat.AGENT);
    assertThat(inspection.channel()).isEqualTo("app");
    assertThat(inspection.sentimentSource()).isEqualTo("lexicon");
    assertThat(inspection.ruleSetVersion()).matches("[0-9a-f]{12}");
  }

  @Test
  void weightsAreDeductedFromOneHundred() {
    Chat chat =
        Chat.withAgent("s-minor")
            .customer(0, "请问发货了吗")
            .agent(10, "发了")
            .customer(20, "好的")
            .agent(30, "嗯")
            .end(40, EndReason.RESOLVED);
    Inspection inspection = Inspect.session(chat);
    assertThat(inspection.violations())
        .extracting(Violation::rule)
        .containsExactly(QaRuleId.MISSING_GREETING, QaRuleId.MISSING_CLOSING);
    assertThat(inspection.score()).isEqualTo(90);
    assertThat(inspection.reviewQueued()).isFalse();
  }

  @Test
  void aRuleDeductsItsWeightOnceHoweverManyMessagesBreakIt() {
    Chat chat =
        Chat.withAgent("s-twice")
            .customer(0, "请问发货了吗")
            .agent(10, "您好，你自己看订单")
            .customer(20, "看不到")
            .agent(30, "烦不烦，再见")
            .end(40, EndReason.RESOLVED);
    Inspection inspection = Inspect.session(chat);
    assertThat(inspection.violations())
        .extracting(Violation::rule, Violation::messageIndex)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(QaRuleId.FORBIDDEN_WORDS, 1),
            org.assertj.core.groups.Tuple.tuple(QaRuleId.FORBIDDEN_WORDS, 3));
    assertThat(inspection.score()).isEqualTo(80);
  }

  @Test
  void aCriticalViolationFailsTheSessionAndQueuesItForReview() {
    Inspection inspection = Inspect.session(messy());
    assertThat(inspection.violations())
        .extracting(Violation::rule)
        .contains(
            QaRuleId.FIRST_RESPONSE_TIMEOUT,
            QaRuleId.OFF_PLATFORM_STEERING,
            QaRuleId.IMPROPER_PROMISE,
            QaRuleId.REPLY_TIMEOUT,
            QaRuleId.NO_APOLOGY_ON_COMPLAINT,
            QaRuleId.MISSING_CLOSING);
    assertThat(inspection.critical()).isTrue();
    assertThat(inspection.score()).isZero();
    assertThat(inspection.reviewQueued()).isTrue();
    for (Violation v : inspection.violations()) {
      assertThat(v.key()).isEqualTo("s-messy:" + v.rule().id() + ":" + v.messageIndex());
    }
  }

  @Test
  void aLowScoreWithoutCriticalViolationsIsQueuedToo() {
    Chat chat =
        Chat.withAgent("s-low")
            .customer(0, "我要投诉")
            .agent(200, "你自己看，保证明天到")
            .customer(210, "太差了")
            .agent(500, "嗯")
            .end(900, EndReason.ABANDONED);
    Inspection inspection = Inspect.session(chat);
    assertThat(inspection.critical()).isFalse();
    assertThat(inspection.score()).isLessThan(60);
    assertThat(inspection.reviewQueued()).isTrue();
  }

  @Test
  void theSameEventsInAnyOrderWithDuplicatesGiveTheSameInspection() {
    Chat chat = messy();
    Inspection expected = Inspect.session(chat);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<ChatEvent> events = new ArrayList<>(chat.events());
      events.add(events.get(random.nextInt(events.size())));
      Collections.shuffle(events, random);
      assertThat(Inspect.ENGINE.inspect("s-messy", events)).isEqualTo(expected);
    }
  }

  @Test
  void aModelSentimentSourceIsRecordedAndAsked() {
    Predictor everythingNegative =
        new Predictor() {
          @Override
          public String task() {
            return "sentiment";
          }

          @Override
          public String servedVersion() {
            return "sentiment:3";
          }

          @Override
          public List<Prediction> predict(List<String> texts) {
            return texts.stream().map(t -> new Prediction("negative", 0.9)).toList();
          }
        };
    InspectionEngine engine =
        new InspectionEngine(QaRuleSet.defaults(), new PredictorSentiment(everythingNegative));
    Chat chat =
        Chat.withAgent("s-model")
            .customer(0, "请问发货了吗")
            .agent(10, "您好，发了")
            .agent(20, "祝您生活愉快")
            .end(30, EndReason.TIMEOUT);
    Inspection inspection = engine.inspect(chat.sessionId(), chat.events());
    assertThat(inspection.sentimentSource()).isEqualTo("model:sentiment:3");
    assertThat(inspection.violations())
        .extracting(Violation::rule)
        .contains(QaRuleId.NO_APOLOGY_ON_COMPLAINT, QaRuleId.NEGATIVE_UNRESOLVED);
  }

  @Test
  void eventsOfNoSessionAreRefused() {
    assertThatThrownBy(() -> Inspect.ENGINE.inspect("nope", messy().events()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
