package io.kefu.ingest.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.row_number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Compares an ingest output with the generator's ground truth ({@code truth/sessions.jsonl} and
 * {@code truth/manifest.json}): quarantined counts against the corruptions injected, sessions
 * against the true sessions, and weak labels against the true intent (per session) and sentiment
 * (per customer message). The figures the ingestion issue is accepted on.
 */
public final class TruthEvaluation {

  private final SparkSession spark;

  public TruthEvaluation(SparkSession spark) {
    this.spark = spark;
  }

  public Map<String, Object> evaluate(String output, String truthDir) throws IOException {
    Map<String, Object> figures = new LinkedHashMap<>();
    JsonNode manifest = readManifest(truthDir + "/manifest.json");
    Dataset<Row> truth = spark.read().json(truthDir + "/sessions.jsonl").cache();
    Dataset<Row> sessions = spark.read().parquet(output + "/sessions").select("session_id");
    Dataset<Row> quarantine = spark.read().parquet(output + "/quarantine");

    Map<String, Long> quarantined = countsBy(quarantine, "reason");
    Map<String, Long> injected = toMap(manifest.path("corrupt"));
    figures.put("quarantined_by_reason", quarantined);
    figures.put("corruptions_injected", injected);
    figures.put("quarantine_matches_injected", quarantined.equals(injected));
    long truthSessions = truth.count();
    long missing = truth.select("session_id").except(sessions).count();
    long extra = sessions.except(truth.select("session_id")).count();
    figures.put("sessions_truth", truthSessions);
    figures.put("sessions_ingested", sessions.count());
    figures.put("sessions_match_truth", missing == 0 && extra == 0);

    Dataset<Row> utterances =
        spark
            .read()
            .parquet(output + "/labeled_utterances")
            .withColumn(
                "ordinal",
                row_number().over(Window.partitionBy("session_id").orderBy("message_index")))
            .join(
                truth.select(
                    col("session_id"), col("intent").as("true_intent"), col("sentiment_path")),
                "session_id")
            .withColumn("true_sentiment", element_at(col("sentiment_path"), col("ordinal")))
            .cache();
    figures.put("intent", agreement(utterances, "intent", "true_intent"));
    figures.put("sentiment", agreement(utterances, "sentiment", "true_sentiment"));
    utterances.unpersist();
    truth.unpersist();
    return figures;
  }

  private static Map<String, Object> agreement(Dataset<Row> u, String label, String truth) {
    long all = u.count();
    Dataset<Row> covered = u.filter(col(label).isNotNull());
    long coveredCount = covered.count();
    long agree = covered.filter(col(label).equalTo(col(truth))).count();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("utterances", all);
    f.put("coverage", round(all == 0 ? 0 : (double) coveredCount / all));
    f.put("agreement_on_covered", round(coveredCount == 0 ? 0 : (double) agree / coveredCount));
    return f;
  }

  private static Map<String, Long> countsBy(Dataset<Row> data, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : data.groupBy(column).count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    return counts;
  }

  private static Map<String, Long> toMap(JsonNode node) {
    Map<String, Long> map = new TreeMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
    return map;
  }

  private JsonNode readManifest(String file) throws IOException {
    Path path = new Path(file);
    try (InputStream in =
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
