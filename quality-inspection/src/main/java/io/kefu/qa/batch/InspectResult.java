package io.kefu.qa.batch;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a run of {@link InspectJob} produced: its report and its two datasets, still cached for
 * whoever reads them next (the evaluation, a ClickHouse load); {@link #close} releases them.
 */
public record InspectResult(
    InspectReport report, Dataset<Row> inspections, Dataset<Row> violations, Dataset<Row> cached)
    implements AutoCloseable {

  @Override
  public void close() {
    cached.unpersist();
  }
}
