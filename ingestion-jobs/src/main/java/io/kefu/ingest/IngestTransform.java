package io.kefu.ingest;

import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.ingest.session.SessionAssembler;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The ingest job's logic as one function from raw records to its outputs, with no reading or
 * writing: rows of {@link IngestSchemas#RECORD} (what {@link io.kefu.ingest.read.RawFileReader}
 * emits, or rows a test makes in memory) become the deduplicated messages, the sessions, the
 * labeled utterances and the quarantine. One shuffle: valid records by session, rejected ones by
 * file, each group handled by {@link SessionAssembler}.
 */
public final class IngestTransform {

  private final SessionLabeler labeler;
  private final GoldLabels gold;

  public IngestTransform(SessionLabeler labeler, GoldLabels gold) {
    this.labeler = labeler;
    this.gold = gold;
  }

  /**
   * The outputs of these records, lazily: nothing runs until an output is written or counted. The
   * flat rows behind them are cached once; {@link IngestOutputs#release()} frees them.
   */
  public IngestOutputs apply(Dataset<Row> records) {
    Dataset<Row> rows =
        records
            .groupByKey((MapFunction<Row, String>) SessionAssembler::key, Encoders.STRING())
            .flatMapGroups(new SessionAssembler(labeler, gold), Encoders.row(IngestSchemas.OUTPUT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return IngestOutputs.of(rows);
  }
}
