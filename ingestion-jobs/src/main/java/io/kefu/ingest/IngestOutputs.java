package io.kefu.ingest;

import static org.apache.spark.sql.functions.col;

import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.spark.schema.FlatSchema;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * What {@link IngestTransform} makes of a run's records: the four datasets of the output folder
 * (CONTRACT §1), each in its own schema, and the flat {@link IngestSchemas#OUTPUT} rows they are
 * projected from, which the report counts in one pass.
 *
 * @param sessions rows of {@link IngestSchemas#SESSION}
 * @param messages rows of {@link IngestSchemas#MESSAGE}
 * @param utterances rows of {@link IngestSchemas#UTTERANCE}
 * @param quarantine rows of {@link IngestSchemas#QUARANTINE}
 * @param all the cached flat rows of every kind, with their masked counts
 */
public record IngestOutputs(
    Dataset<Row> sessions,
    Dataset<Row> messages,
    Dataset<Row> utterances,
    Dataset<Row> quarantine,
    Dataset<Row> all) {

  /** The outputs projected from flat rows of {@link IngestSchemas#OUTPUT}. */
  static IngestOutputs of(Dataset<Row> all) {
    return new IngestOutputs(
        only(all, IngestSchemas.KIND_SESSION, IngestSchemas.SESSION),
        only(all, IngestSchemas.KIND_MESSAGE, IngestSchemas.MESSAGE),
        only(all, IngestSchemas.KIND_UTTERANCE, IngestSchemas.UTTERANCE),
        only(all, IngestSchemas.KIND_QUARANTINE, IngestSchemas.QUARANTINE),
        all);
  }

  /** Frees the cached rows once the outputs are written and counted. */
  public void release() {
    all.unpersist();
  }

  private static Dataset<Row> only(Dataset<Row> rows, String kind, StructType schema) {
    return rows.filter(col("kind").equalTo(kind)).select(FlatSchema.columnsOf(schema));
  }
}
