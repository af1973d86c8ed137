package io.kefu.ingest.schema;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** Places the values of one output dataset's row into a flat {@link IngestSchemas#OUTPUT} row. */
public final class OutputRows {

  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    String[] names = IngestSchemas.OUTPUT.fieldNames();
    for (int i = 0; i < names.length; i++) {
      INDEX.put(names[i], i);
    }
  }

  private OutputRows() {}

  /**
   * @param values in the field order of {@code schema}
   * @param masked counts of masked entities by type, or null
   */
  public static Row of(
      String kind, StructType schema, Object[] values, Map<String, Integer> masked) {
    Object[] row = new Object[INDEX.size()];
    row[0] = kind;
    row[1] = masked == null ? null : ScalaValues.map(masked);
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      row[INDEX.get(names[i])] = values[i];
    }
    return RowFactory.create(row);
  }
}
