package io.kefu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventJson;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.Role;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/** Spark 4.1 local, core's event parser inside a Spark function, and Parquet out and back. */
class SparkParquetIntegrationTest {

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("kefu-ingest-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void validEventsAreWrittenToParquetByBusinessDayAndReadBack(@TempDir Path out) {
    List<String> lines = new ArrayList<>();
    OffsetDateTime start = OffsetDateTime.parse("2026-11-01T23:59:00+08:00");
    for (int i = 0; i < 4; i++) {
      ChatEvent.Header h =
          new ChatEvent.Header("e" + i, "s1", "c1", "a1", Channel.WEB, start.plusSeconds(40L * i));
      lines.add(ChatEventJson.write(ChatEvent.message(h, Role.CUSTOMER, "订单什么时候发货")));
    }
    lines.add("{\"event_id\":\"broken\"");

    Dataset<Tuple2<String, String>> valid =
        spark
            .createDataset(lines, Encoders.STRING())
            .flatMap(
                (FlatMapFunction<String, Tuple2<String, String>>)
                    SparkParquetIntegrationTest::dayAndId,
                Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
    String path = out.resolve("messages").toString();
    valid.toDF("day", "event_id").write().mode(SaveMode.Overwrite).partitionBy("day").parquet(path);

    List<Row> back =
        spark.read().parquet(path).groupBy("day").count().orderBy("day").collectAsList();
    assertThat(back).hasSize(2);
    assertThat(back.get(0).getAs("day").toString()).isEqualTo("2026-11-01");
    assertThat(back.get(0).<Long>getAs("count")).isEqualTo(2L);
    assertThat(back.get(1).getAs("day").toString()).isEqualTo("2026-11-02");
    assertThat(back.get(1).<Long>getAs("count")).isEqualTo(2L);
  }

  private static Iterator<Tuple2<String, String>> dayAndId(String line) {
    ParsedEvent parsed = new ChatEventParser().parse(line);
    if (parsed instanceof ParsedEvent.Valid v) {
      String day = EventTimestamps.businessDay(v.event().ts()).toString();
      return List.of(new Tuple2<>(day, v.event().eventId())).iterator();
    }
    return Collections.emptyIterator();
  }
}
