package io.kefu.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * How the batch jobs write an output dataset: Parquet partitioned by its {@code day} column, the
 * days present in the data replacing their partitions and every other day left as it was, so a
 * re-run of some days never erases the rest.
 */
public final class DayPartitions {

  private DayPartitions() {}

  /**
   * @param data rows with a {@code day} column
   * @param path the dataset's folder (path or URI)
   */
  public static void overwrite(Dataset<Row> data, String path) {
    data.write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy("day")
        .parquet(path);
  }
}
