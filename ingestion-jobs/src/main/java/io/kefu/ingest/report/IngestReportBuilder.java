package io.kefu.ingest.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.kefu.ingest.IngestConfig;
import io.kefu.ingest.schema.IngestSchemas;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Computes {@code report.json} from the ingest job's persisted datasets: counts by Spark
 * aggregation, the labeling report by per-partition {@link LabelingStats} merged on the driver.
 */
public record IngestReportBuilder(Dataset<Row> rows, Dataset<Row> utterances) {

  public IngestReport build(List<String> files, IngestConfig config, int goldLabels) {
    IngestReport r = new IngestReport();
    r.input = config.input();
    r.output = config.output();
    r.files = files.size();
    Dataset<Row> quarantine = rows.filter(col("kind").equalTo(IngestSchemas.KIND_QUARANTINE));
    r.quarantined = countsBy(quarantine, "reason");
    r.masked = sumMap(rows.filter(col("masked").isNotNull()), "masked");
    Dataset<Row> sessions = rows.filter(col("kind").equalTo(IngestSchemas.KIND_SESSION));
    Row totals =
        sessions
            .agg(
                org.apache.spark.sql.functions.count("*"),
                org.apache.spark.sql.functions.sum("duplicates"))
            .first();
    r.sessions = totals.getLong(0);
    r.duplicates = totals.isNullAt(1) ? 0 : totals.getLong(1);
    r.messages = rows.filter(col("kind").equalTo(IngestSchemas.KIND_MESSAGE)).count();
    r.valid = r.messages + r.duplicates;
    r.recordsRead = r.valid + r.quarantined.values().stream().mapToLong(Long::longValue).sum();
    r.goldLabels = goldLabels;
    LabelingStats[] stats = labelingStats();
    r.labeling = java.util.Map.of("intent", stats[0].toReport(), "sentiment", stats[1].toReport());
    r.labelCoverage =
        java.util.Map.of("intent", stats[0].coverage(), "sentiment", stats[1].coverage());
    return r;
  }

  private LabelingStats[] labelingStats() {
    List<LabelingStats[]> parts =
        utterances
            .mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<Row, LabelingStats[]>)
                    it -> {
                      LabelingStats intent = new LabelingStats();
                      LabelingStats sentiment = new LabelingStats();
                      it.forEachRemaining(
                          u -> {
                            intent.add(
                                u.getList(u.fieldIndex("intent_votes")),
                                u.getAs("intent"),
                                gold(u, "intent"));
                            sentiment.add(
                                u.getList(u.fieldIndex("sentiment_votes")),
                                u.getAs("sentiment"),
                                gold(u, "sentiment"));
                          });
                      return List.<LabelingStats[]>of(new LabelingStats[] {intent, sentiment})
                          .iterator();
                    },
                Encoders.javaSerialization(LabelingStats[].class))
            .collectAsList();
    LabelingStats intent = new LabelingStats();
    LabelingStats sentiment = new LabelingStats();
    for (LabelingStats[] p : parts) {
      intent.merge(p[0]);
      sentiment.merge(p[1]);
    }
    return new LabelingStats[] {intent, sentiment};
  }

  private static String gold(Row u, String task) {
    return "gold".equals(u.getAs(task + "_source")) ? u.getAs(task) : null;
  }

  private static java.util.Map<String, Long> countsBy(Dataset<Row> data, String column) {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    for (Row row : data.groupBy(column).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  private static java.util.Map<String, Long> sumMap(Dataset<Row> data, String column) {
    java.util.Map<String, Long> sums = new java.util.TreeMap<>();
    for (Row row :
        data.select(explode(col(column)).as(new String[] {"k", "v"}))
            .groupBy("k")
            .agg(org.apache.spark.sql.functions.sum("v"))
            .collectAsList()) {
      sums.put(row.getString(0), row.getLong(1));
    }
    return sums;
  }
}
