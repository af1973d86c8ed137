package io.kefu.dags.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.KefuSchema;
import io.kefu.dags.quality.AirflowRetrainTrigger;
import io.kefu.dags.quality.DataQualityCheck;
import io.kefu.testing.LocalStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-quality step against the real ClickHouse: a week of a steady intent mix, then a day
 * where complaints jump; the drift passes its threshold and the retrain DAG is triggered through
 * the (faked) Airflow 3 API, while a steady day triggers nothing.
 */
class DataQualityRetrainIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate SPIKE = LocalDate.of(2026, 11, 8);

  @TempDir Path dir;
  private ClickHouseGateway gateway;
  private FakeAirflow airflow;

  @BeforeEach
  void start() throws Exception {
    gateway = LocalStack.scratchClickHouse();
    List<String> rows = new ArrayList<>();
    for (int d = 7; d >= 0; d--) {
      LocalDate day = SPIKE.minusDays(d);
      boolean spike = d == 0;
      for (int i = 0; i < 100; i++) {
        String intent =
            spike
                ? (i < 70 ? "complaint" : "logistics_query")
                : (i < 60 ? "logistics_query" : i < 95 ? "refund_request" : "complaint");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("day", day.toString());
        row.put("session_id", "s-" + day + "-" + i);
        row.put("event_id", "e-" + day + "-" + i);
        row.put("type", "message");
        row.put("role", "customer");
        row.put("intent", intent);
        row.put("sentiment", spike && i < 70 ? "negative" : "neutral");
        row.put("version", 1);
        rows.add(JSON.writeValueAsString(row));
      }
    }
    gateway.insertJsonEachRow(KefuSchema.MESSAGES, rows);
    airflow = FakeAirflow.start(AirflowApiVersion.AIRFLOW_3).withDag("kefu_retrain", false);
  }

  @AfterEach
  void stop() {
    airflow.close();
    LocalStack.drop(gateway);
  }

  @Test
  void driftTriggersTheRetrainDagAndASteadyDayDoesNot() throws Exception {
    Path report = dir.resolve("report.json");
    Files.writeString(
        report,
        "{\"records_read\":1000,\"quarantined\":{\"malformed_json\":12,\"missing_field\":8},"
            + "\"label_coverage\":{\"intent\":0.95,\"sentiment\":1.0}}");
    AirflowClient client =
        AirflowClient.connect(
            new AirflowSettings(
                URI.create(airflow.url()),
                Optional.of(AirflowApiVersion.AIRFLOW_3),
                FakeAirflow.ADMIN,
                FakeAirflow.ADMIN_PASSWORD,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                RetryPolicy.DEFAULT));
    DataQualityCheck check = new DataQualityCheck(0.05, 0.90, 0.25, 7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(out, true, StandardCharsets.UTF_8);

    Map<String, Object> steady =
        check.run(
            gateway,
            report,
            SPIKE.minusDays(1),
            "kefu_retrain",
            new AirflowRetrainTrigger(client),
            terminal);
    assertThat(steady).containsEntry("drifted", false).containsEntry("passed", true);
    assertThat(steady).doesNotContainKey("retrain");
    assertThat(client.dagRuns("kefu_retrain", 10).runs()).isEmpty();

    Map<String, Object> spike =
        check.run(
            gateway, report, null, "kefu_retrain", new AirflowRetrainTrigger(client), terminal);
    assertThat(spike).containsEntry("day", SPIKE.toString()).containsEntry("drifted", true);
    assertThat((double) spike.get("intent_psi")).isGreaterThan(0.25);
    assertThat((double) spike.get("quarantine_rate")).isEqualTo(0.02);
    assertThat(String.valueOf(spike.get("retrain"))).startsWith("triggered kefu_retrain run ");
    List<DagRun> runs = client.dagRuns("kefu_retrain", 10).runs();
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).conf()).containsEntry("day", SPIKE.toString());
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("intent mix on 2026-11-08", "above 0.25");
  }

  @Test
  void aMissedThresholdFailsTheCheck() throws Exception {
    Path report = dir.resolve("bad.json");
    Files.writeString(
        report,
        "{\"records_read\":100,\"quarantined\":{\"malformed_json\":30},"
            + "\"label_coverage\":{\"intent\":0.5}}");
    Map<String, Object> result =
        new DataQualityCheck(0.05, 0.90, 0.25, 7)
            .run(
                gateway,
                report,
                SPIKE.minusDays(1),
                null,
                null,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(result).containsEntry("passed", false);
  }
}
