package io.kefu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.core.pii.PiiMasker;
import io.kefu.ingest.eval.TruthEvaluation;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.report.IngestReport;
import io.kefu.samples.GenerateCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The ingestion issue's acceptance figures on generated traffic with 2 % corrupt lines: quarantine
 * equals what was injected, sessions equal the truth, no output leaks a phone, ID-card or bank-card
 * number, and intent weak labels agree with the truth on ≥ 90 % of the customer messages they
 * cover, covering ≥ 80 %.
 */
class IngestAgainstGeneratedTruthIntegrationTest {

  private static SparkSession spark;
  private static Path data;
  private static Path out;
  private static IngestReport report;
  private static Map<String, Object> figures;

  @BeforeAll
  static void generateAndIngest(@TempDir Path dir) throws Exception {
    data = dir.resolve("data");
    out = dir.resolve("out");
    int rc =
        new CommandLine(new GenerateCommand())
            .execute(
                "--sessions",
                "1500",
                "--seed",
                "2718",
                "--corrupt-rate",
                "0.02",
                "--out",
                data.toString());
    assertThat(rc).isZero();
    spark = IngestCommand.session("local[2]");
    SessionLabeler labeler =
        new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged());
    report =
        new IngestJob(
                spark,
                new IngestConfig(data.toString(), out.toString(), "UTF-8", null, null),
                labeler,
                GoldLabels.none())
            .run();
    figures = new TruthEvaluation(spark).evaluate(out.toString(), data.resolve("truth").toString());
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void quarantinedCountsByReasonEqualTheCorruptionsInjected() {
    assertThat(figures.get("quarantined_by_reason")).isEqualTo(figures.get("corruptions_injected"));
    assertThat(report.quarantinedTotal()).isPositive();
  }

  @Test
  void sessionsEqualTheGroundTruth() {
    assertThat(figures.get("sessions_match_truth")).isEqualTo(true);
    assertThat(report.sessions).isEqualTo((Long) figures.get("sessions_truth"));
  }

  @Test
  void noOutputHoldsAnUnmaskedPhoneIdCardOrBankCardNumber() {
    for (String dataset : List.of("messages", "labeled_utterances", "quarantine")) {
      String column = dataset.equals("quarantine") ? "raw" : "text";
      List<Row> leaks =
          spark.read().parquet(out + "/" + dataset).select(column).collectAsList().stream()
              .filter(
                  r -> !r.isNullAt(0) && PiiMasker.containsUnmaskedSensitiveNumber(r.getString(0)))
              .toList();
      assertThat(leaks).as(dataset).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void intentWeakLabelsAgreeWithTheTruthOnNinetyPercentOfWhatTheyCover() {
    Map<String, Object> intent = (Map<String, Object>) figures.get("intent");

    assertThat((Double) intent.get("coverage")).isGreaterThanOrEqualTo(0.80);
    assertThat((Double) intent.get("agreement_on_covered")).isGreaterThanOrEqualTo(0.90);
  }
}
