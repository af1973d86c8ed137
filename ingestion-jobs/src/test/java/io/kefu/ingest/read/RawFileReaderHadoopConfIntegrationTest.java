package io.kefu.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.spark.SparkSessions;
import io.kefu.testing.hadoop.SchemeOnlyInJobConf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's Hadoop settings reach the tasks that open the raw files (spark.hadoop.*, S3A). */
class RawFileReaderHadoopConfIntegrationTest {

  @Test
  void aSettingInTheJobsHadoopConfIsUsedWhereTheFileIsOpened(@TempDir Path dir) throws Exception {
    String event =
        "{\"event_id\":\"e1\",\"type\":\"session_start\",\"session_id\":\"s1\","
            + "\"customer_id\":\"c1\",\"channel\":\"app\",\"ts\":\"2026-11-01T10:00:00+08:00\"}";
    Path file = Files.writeString(dir.resolve("chat.jsonl"), event + "\n");
    SparkSession spark = SparkSessions.create("raw-file-reader-conf", "local[1]", 1);
    try {
      SchemeOnlyInJobConf.register(spark.sparkContext().hadoopConfiguration());
      String path = SchemeOnlyInJobConf.SCHEME + "://" + file.toAbsolutePath();

      List<Row> rows =
          spark
              .createDataset(List.of(path), Encoders.STRING())
              .flatMap(new RawFileReader("UTF-8", spark), Encoders.row(IngestSchemas.RECORD))
              .collectAsList();

      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).<Boolean>getAs("valid")).isTrue();
    } finally {
      spark.stop();
    }
  }

  @Test
  void hadoopsDefaultConfDoesNotKnowTheJobsSetting(@TempDir Path dir) throws Exception {
    // what the reader did before it was given the job's configuration: the test above can fail
    Path file = Files.writeString(dir.resolve("chat.jsonl"), "{}\n");
    String path = SchemeOnlyInJobConf.SCHEME + "://" + file.toAbsolutePath();

    assertThatThrownBy(() -> new RawFileReader("UTF-8").call(path))
        .isInstanceOf(UnsupportedFileSystemException.class)
        .hasMessageContaining(SchemeOnlyInJobConf.SCHEME);
  }
}
