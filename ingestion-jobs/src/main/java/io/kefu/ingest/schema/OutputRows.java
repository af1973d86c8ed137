package io.kefu.ingest.schema;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** Places the values of one output dataset's row into a flat {@link IngestSchemas#OUTPUT} row. */
public final class OutputRows {

  private OutputRows() {}

  /**
   * @param values in the field order of {@code schema}
   * @param masked counts of masked entities by type, or null
   */
  public static Row of(
      String kind, StructType schema, Object[] values, Map<String, Integer> masked) {
    Object[] head = {kind, masked == null ? null : ScalaValues.map(masked)};
    return IngestSchemas.FLAT.row(head, schema, values);
  }
}
