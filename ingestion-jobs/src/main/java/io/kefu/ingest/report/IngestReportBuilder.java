package io.kefu.ingest.report;

import io.kefu.ingest.IngestConfig;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Computes {@code report.json} of an ingest run: {@link #tally} counts the job's flat output rows
 * in one pass (per partition, merged on the driver) and {@link #build} turns the counts into the
 * report, accounting for every record read as valid (messages + duplicates) or quarantined.
 */
public final class IngestReportBuilder {

  private IngestReportBuilder() {}

  /** The counts of the job's cached flat output rows, one Spark pass. */
  public static OutputTally tally(Dataset<Row> outputRows) {
    List<OutputTally> parts =
        outputRows
            .mapPartitions(
                (MapPartitionsFunction<Row, OutputTally>)
                    it -> {
                      OutputTally tally = new OutputTally();
                      it.forEachRemaining(tally::add);
                      return List.of(tally).iterator();
                    },
                Encoders.javaSerialization(OutputTally.class))
            .collectAsList();
    OutputTally total = new OutputTally();
    parts.forEach(total::merge);
    return total;
  }

  /**
   * The report of a run.
   *
   * @param files how many input files were read
   * @param goldLabels how many gold labels the run was given
   */
  public static IngestReport build(
      OutputTally tally, int files, IngestConfig config, int goldLabels) {
    IngestReport r = new IngestReport();
    r.input = config.input();
    r.output = config.output();
    r.files = files;
    r.quarantined = tally.quarantined();
    r.masked = tally.masked();
    r.sessions = tally.sessions();
    r.duplicates = tally.duplicates();
    r.messages = tally.messages();
    r.valid = r.messages + r.duplicates;
    r.recordsRead = r.valid + r.quarantinedTotal();
    r.goldLabels = goldLabels;
    r.labeling =
        Map.of("intent", tally.intent().toReport(), "sentiment", tally.sentiment().toReport());
    r.labelCoverage =
        Map.of("intent", tally.intent().coverage(), "sentiment", tally.sentiment().coverage());
    return r;
  }
}
