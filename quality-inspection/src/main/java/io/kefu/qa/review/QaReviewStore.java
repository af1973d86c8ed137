package io.kefu.qa.review;

import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.clickhouse.SqlLiteral;
import io.kefu.core.qa.QaRuleId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QA managers' verdicts and the agents' appeals in ClickHouse {@code kefu.qa_reviews}, read and
 * written through the gateway; {@link AppealRules} decides what is allowed. Each action is one
 * JSONEachRow insert whose version is its time in milliseconds (at least one more than the row it
 * replaces), so reading with FINAL gives the latest verdict per (violation, reviewer) and the
 * latest state of each appeal.
 *
 * <p>ClickHouse has no transactions: the check before a ruling and its insert are two calls, so two
 * managers ruling on the same appeal in the same instant could both be accepted (the later version
 * is kept). The dashboards serialise rulings per violation; a script should too.
 */
public final class QaReviewStore {

  static final String VERDICT = "verdict";
  static final String APPEAL = "appeal";

  private final ClickHouseGateway gateway;
  private final Clock clock;
  private final String table;

  public QaReviewStore(ClickHouseGateway gateway, Clock clock) {
    this.gateway = gateway;
    this.clock = clock;
    this.table = gateway.qualify(KefuSchema.QA_REVIEWS);
  }

  public QaReviewStore(ClickHouseGateway gateway) {
    this(gateway, Clock.systemUTC());
  }

  /**
   * Records a QA manager's verdict; it replaces the same reviewer's earlier verdict on it.
   *
   * @throws ReviewRefusedException when the role may not give verdicts
   */
  public Review recordVerdict(
      ViolationKey key, String reviewer, QaRole role, Verdict verdict, String comment) {
    Instant now = clock.instant();
    Review review = AppealRules.verdict(key, reviewer, role, verdict, comment, stored(now));
    long version = nextVersion(key, VERDICT, reviewer, now);
    gateway.insertJsonEachRow(table, List.of(ReviewRows.verdict(review, version)));
    return review;
  }

  /**
   * Files an agent's appeal against a violation.
   *
   * @throws ReviewRefusedException when the violation already has an appeal, open or ruled
   */
  public Appeal fileAppeal(ViolationKey key, String agentId, String comment) {
    Instant now = clock.instant();
    Appeal appeal = AppealRules.file(appeal(key).orElse(null), key, agentId, comment, stored(now));
    long version = nextVersion(key, APPEAL, "", now);
    gateway.insertJsonEachRow(table, List.of(ReviewRows.appeal(appeal, version)));
    return appeal;
  }

  /**
   * Rules on an open appeal, once and for all.
   *
   * @throws ReviewRefusedException when there is no open appeal or the role may not rule
   */
  public Appeal ruleAppeal(
      ViolationKey key, String manager, QaRole role, Ruling ruling, String comment) {
    Instant now = clock.instant();
    Appeal ruled =
        AppealRules.rule(
            appeal(key).orElse(null), key, manager, role, ruling, comment, stored(now));
    long version = nextVersion(key, APPEAL, "", now);
    gateway.insertJsonEachRow(table, List.of(ReviewRows.appeal(ruled, version)));
    return ruled;
  }

  /** The current verdicts on one violation, one per reviewer. */
  public List<Review> reviews(ViolationKey key) {
    return readReviews("kind = 'verdict' AND violation_key = " + SqlLiteral.of(key.value()));
  }

  /** The violation's appeal, if one was filed. */
  public Optional<Appeal> appeal(ViolationKey key) {
    List<Appeal> appeals =
        readAppeals("kind = 'appeal' AND violation_key = " + SqlLiteral.of(key.value()));
    return appeals.isEmpty() ? Optional.empty() : Optional.of(appeals.get(0));
  }

  /** The current verdicts on the violations of one session. */
  public List<Review> sessionReviews(String sessionId) {
    return readReviews("kind = 'verdict' AND session_id = " + SqlLiteral.of(sessionId));
  }

  /** The appeals filed against the violations of one session. */
  public List<Appeal> sessionAppeals(String sessionId) {
    return readAppeals("kind = 'appeal' AND session_id = " + SqlLiteral.of(sessionId));
  }

  /** Every current verdict: the latest per (violation, reviewer). */
  public List<Review> allReviews() {
    return readReviews("kind = 'verdict'");
  }

  /** Every appeal, open or ruled. */
  public List<Appeal> allAppeals() {
    return readAppeals("kind = 'appeal'");
  }

  /** Violations found per rule, from {@code qa_violations}. */
  public Map<QaRuleId, Long> hitsPerRule() {
    Map<QaRuleId, Long> hits = new EnumMap<>(QaRuleId.class);
    String violations = gateway.qualify(KefuSchema.QA_VIOLATIONS);
    for (Map<String, Object> row :
        gateway.query(
            "SELECT rule_id, count() AS hits FROM " + violations + " FINAL GROUP BY rule_id")) {
      QaRuleId rule = QaRuleId.fromId(String.valueOf(row.get("rule_id")));
      if (rule != null) {
        hits.put(rule, ((Number) row.get("hits")).longValue());
      }
    }
    return hits;
  }

  /** Every rule's precision against the reviews, flagged below {@code floor}. */
  public CalibrationReport calibration(double floor) {
    return Calibration.of(hitsPerRule(), allReviews(), allAppeals(), floor);
  }

  private List<Review> readReviews(String where) {
    return gateway.query(select(where)).stream().map(ReviewRows::review).toList();
  }

  private List<Appeal> readAppeals(String where) {
    return gateway.query(select(where)).stream().map(ReviewRows::appeal).toList();
  }

  // DateTime columns come back as epoch seconds: their text form depends on the server's zone.
  private String select(String where) {
    return "SELECT violation_key, reviewer, verdict, comment, agent_id, ruling, ruled_by,"
        + " ruling_comment, toUInt32(reviewed_at) AS reviewed_at_s,"
        + " toUInt32(ruled_at) AS ruled_at_s FROM "
        + table
        + " FINAL WHERE "
        + where
        + " ORDER BY violation_key, reviewer";
  }

  // A replacement must carry a higher version than the row it replaces, even within a millisecond.
  private long nextVersion(ViolationKey key, String kind, String reviewer, Instant at) {
    long previous =
        gateway.queryLong(
            "SELECT max(version) FROM "
                + table
                + " WHERE violation_key = "
                + SqlLiteral.of(key.value())
                + " AND kind = "
                + SqlLiteral.of(kind)
                + " AND reviewer = "
                + SqlLiteral.of(reviewer));
    return Math.max(at.toEpochMilli(), previous + 1);
  }

  // DateTime keeps whole seconds: what is returned is what a later read gives back.
  private static Instant stored(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS);
  }
}
