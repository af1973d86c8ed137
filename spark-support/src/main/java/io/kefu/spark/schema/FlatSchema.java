package io.kefu.spark.schema;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One row type for several output datasets of a job step: the head columns (a {@code kind} that
 * says which dataset a row belongs to, and whatever else every row carries), then the union of the
 * datasets' columns, all nullable; a column two datasets share appears once and must have one type.
 * Flat rows encode and cache far cheaper than nested ones, and each dataset is a filter and a
 * projection ({@link #columnsOf}).
 */
public final class FlatSchema implements Serializable {

  private static final long serialVersionUID = 1L;

  private final StructType schema;
  private final int headWidth;
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * @throws IllegalStateException if a column name has two types
   */
  public FlatSchema(StructType head, StructType... datasets) {
    StructType out = head;
    for (StructType dataset : datasets) {
      for (StructField field : dataset.fields()) {
        if (Arrays.asList(out.fieldNames()).contains(field.name())) {
          if (!out.apply(field.name()).dataType().equals(field.dataType())) {
            throw new IllegalStateException("column " + field.name() + " has two types");
          }
        } else {
          out = out.add(field.name(), field.dataType(), true);
        }
      }
    }
    this.schema = out;
    this.headWidth = head.length();
    String[] names = out.fieldNames();
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i);
    }
  }

  public StructType schema() {
    return schema;
  }

  /**
   * A flat row: {@code head} in the head columns' order, {@code values} placed under the columns of
   * {@code dataset} (in its field order), every other column null.
   */
  public Row row(Object[] head, StructType dataset, Object[] values) {
    if (head.length != headWidth) {
      throw new IllegalArgumentException(
          "expected " + headWidth + " head values, got " + head.length);
    }
    Object[] row = new Object[schema.length()];
    System.arraycopy(head, 0, row, 0, headWidth);
    String[] names = dataset.fieldNames();
    for (int i = 0; i < names.length; i++) {
      row[index.get(names[i])] = values[i];
    }
    return RowFactory.create(row);
  }

  /** The columns of {@code dataset}, to project flat rows onto it. */
  public static Column[] columnsOf(StructType dataset) {
    return Arrays.stream(dataset.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
