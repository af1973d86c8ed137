package io.kefu.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place the batch jobs (ingest, training) get their Spark session, so they agree on what
 * their code relies on: timestamps as {@code java.time} values in UTC, and output partitions
 * replaced day by day rather than all at once. Runs locally unless {@code spark-submit} set a
 * master; then the cluster's shuffle and UI settings stay as submitted.
 */
public final class SparkSessions {

  /** The session time zone: instants are read and written as UTC, whatever the machine's zone. */
  public static final String TIME_ZONE = "UTC";

  private SparkSessions() {}

  /**
   * The session of a job, created or the one already running in this JVM.
   *
   * @param appName e.g. {@code kefu-ingest}
   * @param defaultMaster the master when spark-submit set none, e.g. {@code local[*]}
   * @param localShufflePartitions shuffle partitions of a local run (Spark's 200 is for clusters)
   */
  public static SparkSession create(
      String appName, String defaultMaster, int localShufflePartitions) {
    return SparkSession.builder()
        .config(conf(appName, defaultMaster, localShufflePartitions))
        .getOrCreate();
  }

  /** The configuration {@link #create} starts from, with spark-submit's settings already read. */
  static SparkConf conf(String appName, String defaultMaster, int localShufflePartitions) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) {
      conf.setMaster(defaultMaster)
          .set("spark.ui.enabled", "false")
          .set("spark.sql.shuffle.partitions", Integer.toString(localShufflePartitions));
    }
    return conf.set("spark.sql.datetime.java8API.enabled", "true")
        .set("spark.sql.session.timeZone", TIME_ZONE)
        .set("spark.sql.sources.partitionOverwriteMode", "dynamic");
  }
}
