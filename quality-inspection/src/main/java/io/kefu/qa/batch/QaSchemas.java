package io.kefu.qa.batch;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import io.kefu.spark.schema.EventColumns;
import io.kefu.spark.schema.FlatSchema;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the inspect job: the events it reads and the two datasets it writes (CONTRACT §4
 * columns). Times are UTC instants; {@code day} is the Asia/Shanghai day the session started.
 */
public final class QaSchemas {

  /** One input record: a valid event (raw text), or an invalid record with its reason. */
  public static final StructType EVENT =
      EventColumns.appendTo(
          new StructType().add("valid", BooleanType, false).add("reason", StringType), false);

  /** {@code qa_inspections/}: one row per inspected session. */
  public static final StructType INSPECTION =
      new StructType()
          .add("session_id", StringType, false)
          .add("day", DateType, false)
          .add("agent_id", StringType)
          .add("channel", StringType, false)
          .add("score", IntegerType, false)
          .add("violations", IntegerType, false)
          .add("critical", BooleanType, false)
          .add("review_queued", BooleanType, false)
          .add("rule_set_version", StringType, false)
          .add("sentiment_source", StringType, false)
          .add("inspected_at", TimestampType, false);

  /** {@code qa_violations/}: one row per violation. */
  public static final StructType VIOLATION =
      new StructType()
          .add("session_id", StringType, false)
          .add("day", DateType, false)
          .add("rule_id", StringType, false)
          .add("severity", StringType, false)
          .add("weight", IntegerType, false)
          .add("message_index", IntegerType, false)
          .add("evidence", StringType, false)
          .add("explanation", StringType, false);

  public static final String KIND_INSPECTION = "inspection";
  public static final String KIND_VIOLATION = "violation";

  /**
   * What the session step emits: rows of both datasets told apart by {@code kind}, with the union
   * of their columns (all nullable) plus {@code ended} (the session had a session_end) for the
   * coverage figure.
   */
  public static final FlatSchema FLAT =
      new FlatSchema(
          new StructType().add("kind", StringType, false).add("ended", BooleanType, true),
          INSPECTION,
          VIOLATION);

  /** The schema of {@link #FLAT}'s rows. */
  public static final StructType OUTPUT = FLAT.schema();

  private QaSchemas() {}
}
