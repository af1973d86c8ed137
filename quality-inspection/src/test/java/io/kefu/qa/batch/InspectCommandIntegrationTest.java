package io.kefu.qa.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.cli.InspectCommand;
import io.kefu.samples.GenerateCommand;
import io.kefu.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./kefu inspect --evaluate} on 200 generated sessions with 2 % corrupt lines, Spark local:
 * every ended session inspected, the Parquet datasets with the columns of CONTRACT §4, partitioned
 * by day, and the evaluation against the generator's truth in report.json.
 */
class InspectCommandIntegrationTest {

  private static Path out;
  private static JsonNode report;
  private static SparkSession spark;

  @BeforeAll
  static void generateAndInspect(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    out = dir.resolve("out");
    int generated =
        new CommandLine(new GenerateCommand())
            .execute(
                "--sessions",
                "200",
                "--seed",
                "515",
                "--corrupt-rate",
                "0.02",
                "--out",
                data.toString());
    assertThat(generated).isZero();
    int rc =
        new CommandLine(new InspectCommand())
            .execute(
                "--input",
                data.toString(),
                "--out",
                out.toString(),
                "--registry",
                Files.createDirectories(dir.resolve("empty-registry")).toString(),
                "--evaluate",
                "--master",
                "local[2]");
    assertThat(rc).isZero();
    report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    spark = SparkSessions.create("kefu-inspect-test", "local[2]", 4);
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyEndedSessionIsInspectedAndInvalidRecordsAreCountedNotInspected() {
    assertThat(report.get("ended_sessions").asLong()).isGreaterThan(150);
    assertThat(report.get("ended_sessions_inspected").asLong())
        .isEqualTo(report.get("ended_sessions").asLong());
    assertThat(report.get("coverage").asDouble()).isEqualTo(1.0);
    assertThat(report.get("records_invalid").asLong()).isPositive();
    assertThat(report.get("sentiment_source").asText()).isEqualTo("lexicon");
    assertThat(report.get("rule_set_version").asText()).matches("[0-9a-f]{12}");
  }

  @Test
  void qaInspectionsHasTheContractColumnsPartitionedByDay() {
    Dataset<Row> inspections = spark.read().parquet(out + "/qa_inspections");

    assertThat(Arrays.asList(inspections.columns()))
        .containsExactlyInAnyOrder(
            "session_id",
            "agent_id",
            "channel",
            "score",
            "violations",
            "critical",
            "review_queued",
            "rule_set_version",
            "sentiment_source",
            "inspected_at",
            "day");
    assertThat(out.resolve("qa_inspections"))
        .isDirectoryContaining(p -> p.getFileName().toString().startsWith("day=2026-"));
    assertThat(inspections.count()).isEqualTo(report.get("sessions_inspected").asLong());
    assertThat(inspections.filter("score < 0 OR score > 100").count()).isZero();
    assertThat(inspections.filter("critical AND score <> 0").count()).isZero();
  }

  @Test
  void qaViolationsHasTheContractColumnsAndMatchesTheInspectionCounts() {
    Dataset<Row> violations = spark.read().parquet(out + "/qa_violations");
    Dataset<Row> inspections = spark.read().parquet(out + "/qa_inspections");

    assertThat(Arrays.asList(violations.columns()))
        .containsExactlyInAnyOrder(
            "session_id",
            "rule_id",
            "severity",
            "weight",
            "message_index",
            "evidence",
            "explanation",
            "day");
    long declared = inspections.groupBy().sum("violations").first().getLong(0);
    assertThat(violations.count()).isEqualTo(declared).isPositive();
    List<String> ruleIds = Arrays.stream(QaRuleId.values()).map(QaRuleId::id).toList();
    assertThat(violations.select("rule_id").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .allMatch(ruleIds::contains);
  }

  @Test
  void theEvaluationAgainstTheTruthIsInTheReport() {
    JsonNode evaluation = report.get("evaluation");

    assertThat(evaluation.get("truth_sessions").asLong()).isEqualTo(200);
    assertThat(evaluation.get("rules").size()).isEqualTo(QaRuleId.values().length);
    assertThat(evaluation.get("all").get("tp").asLong()).isPositive();
  }
}
