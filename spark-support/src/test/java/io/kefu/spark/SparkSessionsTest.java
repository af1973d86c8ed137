package io.kefu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {

  @AfterEach
  void forgetSubmittedMaster() {
    System.clearProperty("spark.master");
  }

  @Test
  void everySessionIsUtcWithJavaTimeAndDayByDayOverwrite() {
    SparkConf conf = SparkSessions.conf("kefu-test", "local[2]", 8);

    assertThat(conf.get("spark.app.name")).isEqualTo("kefu-test");
    assertThat(conf.get("spark.sql.session.timeZone")).isEqualTo("UTC");
    assertThat(conf.get("spark.sql.datetime.java8API.enabled")).isEqualTo("true");
    assertThat(conf.get("spark.sql.sources.partitionOverwriteMode")).isEqualTo("dynamic");
  }

  @Test
  void withoutSparkSubmitItRunsLocallyWithFewShufflePartitionsAndNoUi() {
    SparkConf conf = SparkSessions.conf("kefu-test", "local[2]", 4);

    assertThat(conf.get("spark.master")).isEqualTo("local[2]");
    assertThat(conf.get("spark.sql.shuffle.partitions")).isEqualTo("4");
    assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
  }

  @Test
  void aMasterSetBySparkSubmitIsKeptWithItsOwnShuffleAndUiSettings() {
    System.setProperty("spark.master", "yarn");

    SparkConf conf = SparkSessions.conf("kefu-test", "local[2]", 4);

    assertThat(conf.get("spark.master")).isEqualTo("yarn");
    assertThat(conf.contains("spark.sql.shuffle.partitions")).isFalse();
    assertThat(conf.contains("spark.ui.enabled")).isFalse();
    assertThat(conf.get("spark.sql.session.timeZone")).isEqualTo("UTC");
  }
}
