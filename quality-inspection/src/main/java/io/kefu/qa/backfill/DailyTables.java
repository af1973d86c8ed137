package io.kefu.qa.backfill;

import io.kefu.clickhouse.ClickHouseRows;
import io.kefu.core.metrics.DailyKey;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.csat.CsatDaily;
import io.kefu.core.metrics.csat.CsatDailyRow;
import io.kefu.core.metrics.fcr.FcrCalculator;
import io.kefu.core.metrics.fcr.FcrDailyAggregator;
import io.kefu.core.metrics.fcr.FcrDailyRow;
import io.kefu.core.metrics.fcr.Issue;
import io.kefu.core.metrics.fcr.IssueChange;
import io.kefu.core.metrics.fcr.RecontactWindow;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import scala.Tuple2;

/**
 * The daily tables of a backfill from the sessions' outcomes, each a dataset of JSONEachRow rows:
 * {@code fcr_daily} (core's FCR per (customer, primary intent), history complete so every issue
 * final, summed per daily key), {@code csat_daily}, {@code agent_timing_daily} and {@code
 * qa_coverage_daily} (core's per-session contributions summed per key). Spark transformations only;
 * the definitions are core's.
 */
final class DailyTables {

  /** History is complete: every re-contact window has closed. */
  static final Instant AS_OF = Instant.MAX;

  private static final Encoder<SessionFacts> FACTS = Encoders.javaSerialization(SessionFacts.class);
  private static final Encoder<Issue> ISSUE = Encoders.javaSerialization(Issue.class);
  private static final Encoder<CsatDailyRow> CSAT = Encoders.javaSerialization(CsatDailyRow.class);
  private static final Encoder<AgentTimingDailyRow> TIMING =
      Encoders.javaSerialization(AgentTimingDailyRow.class);
  private static final Encoder<DayCoverage> COVERAGE =
      Encoders.javaSerialization(DayCoverage.class);

  private DailyTables() {}

  static Dataset<String> fcrDaily(Dataset<SessionOutcome> outcomes, long version) {
    return outcomes
        .map((MapFunction<SessionOutcome, SessionFacts>) SessionOutcome::facts, FACTS)
        .groupByKey((MapFunction<SessionFacts, String>) DailyTables::contactKey, Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, SessionFacts, Issue>)
                (key, sessions) -> issuesOfKey(sessions).iterator(),
            ISSUE)
        .groupByKey((MapFunction<Issue, String>) i -> dailyKey(i.key()), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Issue, String>)
                (key, issues) -> fcrRows(issues, version).iterator(),
            Encoders.STRING());
  }

  static Dataset<String> csatDaily(Dataset<SessionOutcome> outcomes, long version) {
    return outcomes
        .map((MapFunction<SessionOutcome, CsatDailyRow>) o -> CsatDaily.ofSession(o.facts()), CSAT)
        .groupByKey((MapFunction<CsatDailyRow, String>) r -> dailyKey(r.key()), Encoders.STRING())
        .reduceGroups((ReduceFunction<CsatDailyRow>) CsatDailyRow::plus)
        .map(
            (MapFunction<Tuple2<String, CsatDailyRow>, String>)
                t -> ClickHouseRows.csatDaily(t._2(), version),
            Encoders.STRING());
  }

  static Dataset<String> agentTimingDaily(Dataset<SessionOutcome> outcomes, long version) {
    return outcomes
        .filter((FilterFunction<SessionOutcome>) o -> o.timing() != null)
        .map((MapFunction<SessionOutcome, AgentTimingDailyRow>) SessionOutcome::timing, TIMING)
        .groupByKey(
            (MapFunction<AgentTimingDailyRow, String>) r -> r.day() + "/" + r.agentId(),
            Encoders.STRING())
        .reduceGroups((ReduceFunction<AgentTimingDailyRow>) AgentTimingDailyRow::plus)
        .map(
            (MapFunction<Tuple2<String, AgentTimingDailyRow>, String>)
                t -> ClickHouseRows.agentTimingDaily(t._2(), version),
            Encoders.STRING());
  }

  /** Ended sessions per day; the batch inspects every session, so each is counted inspected. */
  static Dataset<String> qaCoverageDaily(Dataset<SessionOutcome> outcomes, long version) {
    return outcomes
        .filter((FilterFunction<SessionOutcome>) o -> o.facts().ended())
        .map(
            (MapFunction<SessionOutcome, DayCoverage>)
                o -> DayCoverage.ofEndedSession(o.facts(), true),
            COVERAGE)
        .groupByKey((MapFunction<DayCoverage, String>) DayCoverage::day, Encoders.STRING())
        .reduceGroups((ReduceFunction<DayCoverage>) DayCoverage::plus)
        .map(
            (MapFunction<Tuple2<String, DayCoverage>, String>)
                t ->
                    ClickHouseRows.qaCoverageDaily(
                        LocalDate.parse(t._2().day()), t._2().ended(), t._2().inspected(), version),
            Encoders.STRING());
  }

  /** The issues of one (customer, primary intent) key, every one final. */
  static List<Issue> issuesOfKey(Iterator<SessionFacts> sessionsOfKey) {
    List<SessionFacts> sessions = new ArrayList<>();
    sessionsOfKey.forEachRemaining(sessions::add);
    return FcrCalculator.issuesOfKey(sessions, RecontactWindow.DEFAULT, AS_OF);
  }

  /** The {@code fcr_daily} row of the issues of one daily key (none when there are none). */
  static List<String> fcrRows(Iterator<Issue> issuesOfDailyKey, long version) {
    FcrDailyAggregator sums = new FcrDailyAggregator();
    issuesOfDailyKey.forEachRemaining(issue -> sums.apply(new IssueChange(null, issue)));
    List<String> rows = new ArrayList<>(1);
    for (FcrDailyRow row : sums.rows()) {
      rows.add(ClickHouseRows.fcrDaily(row, version));
    }
    return rows;
  }

  /** The unit of re-contact, CONTRACT §3: a customer and a primary intent. */
  static String contactKey(SessionFacts facts) {
    FcrCalculator.ContactKey key = FcrCalculator.ContactKey.of(facts);
    return key.intent().id() + "\u0000" + key.customerId();
  }

  static String dailyKey(DailyKey key) {
    return key.day()
        + "\u0000"
        + key.intent().id()
        + "\u0000"
        + key.channel().wireName()
        + "\u0000"
        + key.agentId();
  }
}
