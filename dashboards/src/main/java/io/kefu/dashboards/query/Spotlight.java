package io.kefu.dashboards.query;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.qa.review.Calibration;
import io.kefu.qa.review.QaReviewStore;
import io.kefu.qa.review.RuleCalibration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to review first, chosen for the QA manager as Zendesk QA's Spotlight does, among sessions no
 * one has reviewed yet: critical violations (newest first), the machine's least certain calls, the
 * lowest scores and a random sample for calibration. Each pick says why it was chosen.
 *
 * <p>The inspection stores no per-hit probability, so "least certain" is measured where the
 * certainty shows: a rule's precision against the QA managers' verdicts. Hits of the rule confirmed
 * least often (a rule never reviewed counts as least certain of all: nothing backs it yet) are the
 * calls most likely to be wrong, and reviewing them is what moves calibration. The random sample is
 * drawn by a hash of the session id and the day, so it holds still through a day's reloads and
 * changes the next day.
 */
final class Spotlight {

  static final int PER_REASON = 5;

  private final ClickHouseGateway gateway;
  private final QaReviewStore store;

  Spotlight(ClickHouseGateway gateway, QaReviewStore store) {
    this.gateway = gateway;
    this.store = store;
  }

  List<Map<String, Object>> picks(DashboardUser viewer) {
    Where unreviewed =
        new Where()
            .add(
                "session_id NOT IN (SELECT session_id FROM "
                    + gateway.qualify(KefuSchema.QA_REVIEWS)
                    + " FINAL WHERE kind = 'verdict')");
    if (viewer.isAgent()) {
      unreviewed.eq("agent_id", SqlValues.literal(viewer.agentId()));
    }
    List<Map<String, Object>> picks = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    add(
        picks,
        taken,
        candidates(unreviewed, "critical = 1", "day DESC, score, session_id", 2 * PER_REASON),
        "critical",
        row ->
            new Why(
                "致命项违规，得分 " + row.get("score"), "critical violation, score " + row.get("score")),
        PER_REASON);
    leastCertain(picks, taken, unreviewed);
    add(
        picks,
        taken,
        candidates(unreviewed, "critical = 0", "score, day DESC, session_id", 2 * PER_REASON),
        "lowest_score",
        row -> new Why("最低分之一：" + row.get("score"), "among the lowest scores: " + row.get("score")),
        PER_REASON);
    long seed = LocalDate.now(ZoneId.of("Asia/Shanghai")).toEpochDay();
    add(
        picks,
        taken,
        candidates(unreviewed, "1 = 1", "cityHash64(session_id, " + seed + ")", 3 * PER_REASON),
        "random",
        row -> new Why("随机抽样，用于校准", "random sample for calibration"),
        PER_REASON);
    return picks;
  }

  /** Why a session was picked, in both languages of the dashboards. */
  private record Why(String zh, String en) {}

  private List<Map<String, Object>> candidates(
      Where unreviewed, String condition, String order, int limit) {
    return gateway.query(
        "SELECT session_id, day, agent_id, score FROM "
            + gateway.qualify(KefuSchema.QA_INSPECTIONS)
            + " FINAL"
            + unreviewed
            + " AND "
            + condition
            + " ORDER BY "
            + order
            + " LIMIT "
            + limit);
  }

  // One query finds recent unreviewed hits of the least certain rules (LIMIT BY keeps a few per
  // rule); a second reads their sessions' inspections. Picks go in rule order, two per rule.
  private void leastCertain(List<Map<String, Object>> picks, Set<String> taken, Where unreviewed) {
    List<RuleCalibration> rules =
        new ArrayList<>(store.calibration(Calibration.DEFAULT_FLOOR).rules());
    rules.removeIf(r -> r.hits() == 0);
    rules.sort(
        Comparator.comparingDouble(
                (RuleCalibration r) -> r.precision() == null ? -1 : r.precision())
            .thenComparing(r -> r.rule().id()));
    if (rules.size() > PER_REASON) {
      rules = rules.subList(0, PER_REASON);
    }
    if (rules.isEmpty()) {
      return;
    }
    String ruleIds =
        rules.stream()
            .map(r -> SqlValues.literal(r.rule().id()))
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    Map<String, List<String>> sessionsByRule = new HashMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT rule_id, session_id FROM "
                + gateway.qualify(KefuSchema.QA_VIOLATIONS)
                + " FINAL WHERE rule_id IN "
                + ruleIds
                + " AND session_id IN (SELECT session_id FROM "
                + gateway.qualify(KefuSchema.QA_INSPECTIONS)
                + " FINAL"
                + unreviewed
                + ") ORDER BY day DESC, session_id LIMIT "
                + 2 * PER_REASON
                + " BY rule_id")) {
      sessionsByRule
          .computeIfAbsent(Rows.asString(row, "rule_id"), k -> new ArrayList<>())
          .add(Rows.asString(row, "session_id"));
    }
    Map<String, Why> chosen = new LinkedHashMap<>();
    for (RuleCalibration rule : rules) {
      int fromRule = 0;
      for (String session : sessionsByRule.getOrDefault(rule.rule().id(), List.of())) {
        if (chosen.size() == PER_REASON || fromRule == 2) {
          break;
        }
        if (!taken.contains(session) && !chosen.containsKey(session)) {
          chosen.put(session, why(rule));
          fromRule++;
        }
      }
    }
    if (chosen.isEmpty()) {
      return;
    }
    Map<String, Map<String, Object>> rows = new HashMap<>();
    for (Map<String, Object> row :
        gateway.query(
            "SELECT session_id, day, agent_id, score FROM "
                + gateway.qualify(KefuSchema.QA_INSPECTIONS)
                + " FINAL WHERE session_id IN "
                + chosen.keySet().stream()
                    .map(SqlValues::literal)
                    .collect(java.util.stream.Collectors.joining(", ", "(", ")")))) {
      rows.put(Rows.asString(row, "session_id"), row);
    }
    List<Map<String, Object>> ordered =
        chosen.keySet().stream().filter(rows::containsKey).map(rows::get).toList();
    add(
        picks,
        taken,
        ordered,
        "least_certain",
        row -> chosen.get(Rows.asString(row, "session_id")),
        PER_REASON);
  }

  private static Why why(RuleCalibration rule) {
    String id = rule.rule().id();
    return rule.precision() == null
        ? new Why("规则 " + id + " 尚无人复核", "rule " + id + " not yet checked by any review")
        : new Why(
            String.format("规则 %s 复核确认率 %.0f%%（%d 条）", id, 100 * rule.precision(), rule.reviewed()),
            String.format(
                "rule %s confirmed in %.0f%% of %d reviews",
                id, 100 * rule.precision(), rule.reviewed()));
  }

  private static void add(
      List<Map<String, Object>> picks,
      Set<String> taken,
      List<Map<String, Object>> candidates,
      String reason,
      java.util.function.Function<Map<String, Object>, Why> why,
      int most) {
    int added = 0;
    for (Map<String, Object> row : candidates) {
      if (added == most) {
        return;
      }
      if (taken.add(Rows.asString(row, "session_id"))) {
        Map<String, Object> pick = new LinkedHashMap<>(row);
        Why because = why.apply(row);
        pick.put("reason", reason);
        pick.put("why", because.zh());
        pick.put("why_en", because.en());
        picks.add(pick);
        added++;
      }
    }
  }
}
