package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kefu.core.event.EventTimestamps;
import io.kefu.samples.truth.TruthMetrics;
import io.kefu.samples.truth.TruthMetrics.Csat;
import io.kefu.samples.truth.TruthMetrics.Fcr;
import io.kefu.samples.truth.TruthMetrics.Issue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated truth at the edge of the 72 h re-contact window, and the oracle's figures agreeing
 * with the truth's own repeat flags.
 */
class RecontactTruthTest {

  private static final Duration W = Duration.ofHours(72);
  private static final Duration SECOND = Duration.ofSeconds(1);

  private static SampleData data;
  private static TruthMetrics metrics;
  private static Map<String, JsonNode> byId;
  private static Map<String, Boolean> fcrOfIssue;

  @BeforeAll
  static void read() throws IOException {
    data = SampleData.get();
    metrics = TruthMetrics.read(data.dir);
    byId = new HashMap<>();
    data.truth.forEach(t -> byId.put(t.get("session_id").asText(), t));
    fcrOfIssue =
        metrics.issues().stream()
            .collect(Collectors.toMap(Issue::sessionId, Issue::resolvedFirstContact));
  }

  private static Instant time(JsonNode t, String field) {
    return EventTimestamps.parse(t.get(field).asText()).toInstant();
  }

  // Sessions whose gap to their previous session of the same customer and intent passes.
  private static List<JsonNode> returns(Predicate<JsonNode[]> gap) {
    return data.truth.stream()
        .filter(t -> !t.get("previous_session_id").isNull())
        .filter(t -> gap.test(new JsonNode[] {byId.get(t.get("previous_session_id").asText()), t}))
        .toList();
  }

  private static List<JsonNode> fromStart(Duration exactly) {
    return returns(
        p -> Duration.between(time(p[0], "start_ts"), time(p[1], "start_ts")).equals(exactly));
  }

  private static List<JsonNode> fromEnd(Duration exactly) {
    return returns(
        p ->
            p[0].get("end_reason").asText().equals("resolved")
                && Duration.between(time(p[0], "end_ts"), time(p[1], "start_ts")).equals(exactly));
  }

  @Test
  void returnsJustInsideExactlyAtAndJustOutsideTheWindowFromTheStart() {
    assertThat(fromStart(W.minus(SECOND)))
        .isNotEmpty()
        .allMatch(t -> t.get("repeat_contact").asBoolean());
    assertThat(fromStart(W)).isNotEmpty().noneMatch(t -> t.get("repeat_contact").asBoolean());
    assertThat(fromStart(W.plus(SECOND)))
        .isNotEmpty()
        .noneMatch(t -> t.get("repeat_contact").asBoolean());
    Predicate<JsonNode[]> about71 = p -> hoursBetween(p) == 71;
    Predicate<JsonNode[]> about73 = p -> hoursBetween(p) == 73;
    assertThat(returns(about71)).isNotEmpty().allMatch(t -> t.get("repeat_contact").asBoolean());
    assertThat(returns(about73)).isNotEmpty().noneMatch(t -> t.get("repeat_contact").asBoolean());
  }

  @Test
  void returnsJustBeforeExactlyAtAndJustAfterTheWindowAfterAResolvedEnd() {
    for (Duration gap : List.of(W.minus(SECOND), W, W.plus(SECOND))) {
      List<JsonNode> found = fromEnd(gap);
      assertThat(found).as("%s after a resolved end", gap).isNotEmpty();
      for (JsonNode t : found) {
        String first = t.get("previous_session_id").asText();
        assertThat(t.get("repeat_contact").asBoolean()).isFalse();
        assertThat(fcrOfIssue).containsKey(first).containsKey(t.get("session_id").asText());
        assertThat(fcrOfIssue.get(first)).as(first).isEqualTo(!gap.equals(W.minus(SECOND)));
      }
    }
  }

  @Test
  void theOracleFindsAnIssueExactlyWhereTheTruthSaysNoRepeat() {
    for (JsonNode t : data.truth) {
      assertThat(fcrOfIssue.containsKey(t.get("session_id").asText()))
          .as(t.toString())
          .isEqualTo(!t.get("repeat_contact").asBoolean());
    }
  }

  @Test
  void dailyFiguresAddUpToTheTruth() {
    long issues = metrics.fcrByDay().values().stream().mapToLong(Fcr::issues).sum();
    long resolved = metrics.fcrByDay().values().stream().mapToLong(Fcr::resolvedFirstContact).sum();
    Csat all = metrics.csatByDay().values().stream().reduce(Csat.ZERO, Csat::plus);

    assertThat(issues)
        .isEqualTo(data.truth.stream().filter(t -> !t.get("repeat_contact").asBoolean()).count());
    assertThat(resolved).isPositive().isLessThan(issues);
    assertThat(all.ended()).isEqualTo(data.truth.size());
    assertThat(all.rated())
        .isEqualTo(data.truth.stream().filter(t -> !t.get("rating").isNull()).count());
    assertThat(all.ratingSum())
        .isEqualTo(data.truth.stream().mapToLong(t -> t.get("rating").asLong(0)).sum());
    assertThat(all.satisfied()).isPositive().isLessThan(all.rated());
    assertThat(metrics.csatByDay().keySet()).hasSize(7);
    assertThat(metrics.fcrByDayAndIntent().values().stream().mapToLong(m -> m.size()).sum())
        .isGreaterThan(7 * 15);
  }

  private static long hoursBetween(JsonNode[] p) {
    return Duration.between(time(p[0], "start_ts"), time(p[1], "start_ts")).toHours();
  }
}
