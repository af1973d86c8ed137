package io.kefu.train.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a training run: local unless spark-submit configured a master. */
final class Spark {

  private Spark() {}

  static SparkSession session(String defaultMaster, String appName) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (!conf.contains("spark.master")) {
      conf.setMaster(defaultMaster)
          .set("spark.ui.enabled", "false")
          .set("spark.sql.shuffle.partitions", "4");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
