package io.kefu.qa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.scoring.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionRowsTest {

  private static final Instant AT = Instant.parse("2026-11-02T01:00:00Z");

  private static final Inspection FAILED =
      new Inspection(
          "s-1",
          LocalDate.parse("2026-11-02"),
          "a-7",
          "wechat",
          0,
          true,
          true,
          List.of(
              new Violation(
                  "s-1", QaRuleId.AGENT_PII_LEAK, Severity.CRITICAL, 30, 3, "[PHONE]", "泄露手机号"),
              new Violation(
                  "s-1", QaRuleId.MISSING_CLOSING, Severity.MINOR, 5, 7, "好的", "最后一条客服消息没有结束语")),
          "0123456789ab",
          "lexicon");

  @Test
  void inspectionRowHoldsTheBatchColumnsWithBooleansAsUInt8() {
    assertThat(InspectionRows.inspection(FAILED, AT, 42))
        .isEqualTo(
            """
            {"day":"2026-11-02","session_id":"s-1","agent_id":"a-7","channel":"wechat",\
            "score":0,"violations":2,"critical":1,"review_queued":1,\
            "rule_set_version":"0123456789ab","sentiment_source":"lexicon",\
            "inspected_at":1793581200,"version":42}""");
  }

  @Test
  void aSessionNoAgentServedHasAnEmptyAgent() {
    Inspection botOnly =
        new Inspection(
            "s-2", FAILED.day(), null, "app", 100, false, false, List.of(), "x", "lexicon");

    assertThat(InspectionRows.inspection(botOnly, AT, 1))
        .contains("\"agent_id\":\"\"")
        .contains("\"critical\":0,\"review_queued\":0");
    assertThat(InspectionRows.violations(botOnly, AT, 1)).isEmpty();
  }

  @Test
  void violationRowsCarryTheSessionDayInMessageOrder() {
    assertThat(InspectionRows.violations(FAILED, AT, 42))
        .containsExactly(
            """
            {"day":"2026-11-02","session_id":"s-1","rule_id":"agent_pii_leak",\
            "severity":"critical","weight":30,"message_index":3,"evidence":"[PHONE]",\
            "explanation":"泄露手机号","inspected_at":1793581200,"version":42}""",
            """
            {"day":"2026-11-02","session_id":"s-1","rule_id":"missing_closing",\
            "severity":"minor","weight":5,"message_index":7,"evidence":"好的",\
            "explanation":"最后一条客服消息没有结束语","inspected_at":1793581200,"version":42}""");
  }

  @Test
  void rowsFillEveryColumnOfTheirTables() throws Exception {
    assertThat(keys(InspectionRows.inspection(FAILED, AT, 1)))
        .containsExactlyElementsOf(columns(KefuSchema.QA_INSPECTIONS));
    assertThat(keys(InspectionRows.violations(FAILED, AT, 1).get(0)))
        .containsExactlyElementsOf(columns(KefuSchema.QA_VIOLATIONS));
  }

  private static List<String> keys(String json) throws Exception {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = new ObjectMapper().readTree(json).fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  // The column names of the table's CREATE statement, in order.
  private static List<String> columns(String table) {
    String create = KefuSchema.createStatement("kefu", table);
    String list = create.substring(create.indexOf('(') + 1, create.indexOf(") ENGINE"));
    List<String> names = new ArrayList<>();
    for (String column : list.split(",")) {
      names.add(column.strip().split(" ")[0]);
    }
    return names;
  }
}
