package io.kefu.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.session.SessionSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSONEachRow text of each writer, column by column. */
class ClickHouseRowsTest {

  @Test
  void sessionRowCarriesItsShanghaiStartDayAndEpochSeconds() {
    assertThat(ClickHouseRows.session(SampleRows.session(), "return_refund", "faq-12", 3))
        .isEqualTo(
            """
            {"day":"2026-11-02","session_id":"s-1","customer_id":"c-1","agent_id":"a-7",\
            "channel":"wechat","start_ts":1793550600,"end_ts":1793551200,"duration_s":600,\
            "turns":6,"first_response_s":45,"transfers":1,"end_reason":"resolved","rating":4,\
            "intent":"return_refund","faq_cluster":"faq-12","version":3}""");
  }

  @Test
  void anUnendedBotSessionWritesEmptyStringsZeroRatingAndMinusOneFirstResponse() {
    SessionSummary s = SampleRows.session();
    SessionSummary botOnly =
        new SessionSummary(
            s.sessionId(),
            s.customerId(),
            null,
            Channel.APP,
            s.start(),
            s.start(),
            0,
            1,
            1,
            0,
            0,
            -1,
            List.of(),
            0,
            null,
            null);

    assertThat(ClickHouseRows.session(botOnly, "other", null, 1))
        .contains("\"agent_id\":\"\"")
        .contains("\"first_response_s\":-1")
        .contains("\"end_reason\":\"\",\"rating\":0")
        .contains("\"faq_cluster\":\"\"");
  }

  @Test
  void fcrRowWritesFinalAsUInt8AndNoAgentAsEmpty() {
    assertThat(ClickHouseRows.fcrDaily(SampleRows.fcr(), 3))
        .isEqualTo(
            """
            {"day":"2026-11-02","intent":"return_refund","channel":"app","agent_id":"",\
            "issues":7,"resolved_first_contact":5,"final":0,"version":3}""");
  }

  @Test
  void csatRowWritesItsCounts() {
    assertThat(ClickHouseRows.csatDaily(SampleRows.csatDaily(), 3))
        .isEqualTo(
            """
            {"day":"2026-11-02","intent":"coupon","channel":"web","agent_id":"a-7",\
            "rated":4,"satisfied":3,"rating_sum":17,"ended":9,"version":3}""");
  }

  @Test
  void hotTopicRowTakesTheShanghaiDayOfItsWindow() {
    assertThat(ClickHouseRows.hotTopic(SampleRows.hotTopic(), 3))
        .isEqualTo(
            """
            {"day":"2026-11-02","window_start":1793550600,"topic_kind":"intent",\
            "topic":"urge_shipment","sessions":12,"baseline":3.0,"spike_score":2.5,"spike":1,\
            "rank":1,"version":3}""");
  }

  @Test
  void hotPhraseRowWritesItsExamplesAsAnEscapedArray() {
    assertThat(ClickHouseRows.hotPhrase(SampleRows.hotPhrase(), 3))
        .isEqualTo(
            """
            {"day":"2026-11-02","window_start":1793550600,"phrase":"没发货","sessions":9,\
            "baseline":1.5,"spike_score":4.25,"spike":1,"rank":2,\
            "examples":["怎么还没发货","说 \\"今天\\" 发\\\\还没发货"],"version":3}""");
  }

  @Test
  void agentTimingRowWritesEveryCountAndSum() {
    assertThat(ClickHouseRows.agentTimingDaily(SampleRows.agentTiming(), 3))
        .isEqualTo(
            """
            {"day":"2026-11-02","agent_id":"a-7","sessions":10,"answered":9,\
            "first_response_seconds_sum":360,"first_response_within_sla":8,"replies":40,\
            "reply_delay_seconds_sum":1200,"replies_within_sla":35,\
            "max_reply_delay_seconds":95,"version":3}""");
  }

  @Test
  void qaCoverageRowWritesEndedAndInspected() {
    assertThat(ClickHouseRows.qaCoverageDaily(SampleRows.SHANGHAI_DAY, 120, 118, 3))
        .isEqualTo(
            """
            {"day":"2026-11-02","ended":120,"inspected":118,"version":3}""");
  }

  @Test
  void lateEventRowWritesItsTimeTheWatermarkAndTheHandling() {
    assertThat(
            ClickHouseRows.lateEvent(
                SampleRows.csat(),
                Instant.parse("2026-11-01T16:50:00Z"),
                ClickHouseRows.LateHandling.APPLIED,
                3))
        .isEqualTo(
            """
            {"day":"2026-11-02","event_id":"e-9","session_id":"s-1","type":"csat",\
            "ts":1793551500,"watermark":1793551800,"handling":"applied","version":3}""");
    assertThat(
            ClickHouseRows.lateEvent(
                SampleRows.message(),
                Instant.parse("2026-11-01T16:50:00Z"),
                ClickHouseRows.LateHandling.COUNTED,
                3))
        .contains("\"type\":\"message\"")
        .contains("\"handling\":\"counted\"");
  }
}
