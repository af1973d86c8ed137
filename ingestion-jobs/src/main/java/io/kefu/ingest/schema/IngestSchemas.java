package io.kefu.ingest.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import io.kefu.core.ingest.IngestLayout;
import io.kefu.spark.schema.EventColumns;
import io.kefu.spark.schema.FlatSchema;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the ingest job: what the reader emits per raw record, and the four datasets of the
 * output folder (CONTRACT §1). Times are UTC instants; {@code day} is the Asia/Shanghai day.
 */
public final class IngestSchemas {

  /** One raw record after parsing: a valid event (text normalised and masked) or a rejection. */
  public static final StructType RECORD =
      EventColumns.appendTo(
              new StructType()
                  .add("valid", BooleanType, false)
                  .add("source", StringType, false)
                  .add("line", LongType, false),
              false)
          .add("day", DateType, false)
          .add("reason", StringType)
          .add("detail", StringType)
          .add("raw", StringType)
          .add("masked", createMapType(StringType, IntegerType));

  /** {@code messages/}: every valid, deduplicated event. */
  public static final StructType MESSAGE =
      EventColumns.appendTo(new StructType(), true)
          .add("source", StringType, false)
          .add("line", LongType, false)
          .add("day", DateType, false);

  /**
   * {@code labeled_utterances/}: customer messages with their weak (or gold) labels; the columns
   * the training side reads are named by {@link IngestLayout}.
   */
  public static final StructType UTTERANCE =
      new StructType()
          .add("event_id", StringType, false)
          .add(IngestLayout.SESSION_ID, StringType, false)
          .add(IngestLayout.MESSAGE_INDEX, IntegerType, false)
          .add("ts", TimestampType, false)
          .add(IngestLayout.TEXT, StringType, false)
          .add(IngestLayout.INTENT.label(), StringType)
          .add("intent_confidence", DoubleType, false)
          .add(IngestLayout.INTENT.source(), StringType, false)
          .add(IngestLayout.INTENT.votes(), createArrayType(StringType), false)
          .add(IngestLayout.SENTIMENT.label(), StringType)
          .add("sentiment_confidence", DoubleType, false)
          .add(IngestLayout.SENTIMENT.source(), StringType, false)
          .add(IngestLayout.SENTIMENT.votes(), createArrayType(StringType), false)
          .add("day", DateType, false);

  /** {@code sessions/}: one row per session (CONTRACT §1, issue "ingestion"). */
  public static final StructType SESSION =
      new StructType()
          .add("session_id", StringType, false)
          .add("customer_id", StringType, false)
          .add("agent_id", StringType)
          .add("channel", StringType, false)
          .add("start_ts", TimestampType, false)
          .add("end_ts", TimestampType, false)
          .add("duration_s", LongType, false)
          .add("turns", IntegerType, false)
          .add("customer_messages", IntegerType, false)
          .add("agent_messages", IntegerType, false)
          .add("bot_messages", IntegerType, false)
          .add("first_response_s", LongType, false)
          .add("reply_delays_s", createArrayType(LongType), false)
          .add("transfers", IntegerType, false)
          .add("end_reason", StringType)
          .add("rating", IntegerType)
          .add("primary_intent", StringType, false)
          .add("duplicates", IntegerType, false)
          .add("day", DateType, false);

  /** {@code quarantine/}: rejected records, PII masked, with where they came from and why. */
  public static final StructType QUARANTINE =
      new StructType()
          .add("source", StringType, false)
          .add("line", LongType, false)
          .add("event_id", StringType)
          .add("reason", StringType, false)
          .add("detail", StringType, false)
          .add("raw", StringType, false)
          .add("day", DateType, false);

  /** The kinds of row the session step emits, one per output dataset. */
  public static final String KIND_SESSION = "session";

  public static final String KIND_MESSAGE = "message";
  public static final String KIND_UTTERANCE = "utterance";
  public static final String KIND_QUARANTINE = "quarantine";

  /**
   * What the session step emits: flat rows of every output dataset, told apart by {@code kind},
   * with the union of their columns (same name, same type) all nullable, plus {@code masked} counts
   * on session and quarantine rows. Flat rows encode and cache far cheaper than sessions with
   * nested arrays; each output is a filter and a projection.
   */
  public static final FlatSchema FLAT =
      new FlatSchema(
          new StructType()
              .add("kind", StringType, false)
              .add("masked", createMapType(StringType, IntegerType)),
          SESSION,
          MESSAGE,
          UTTERANCE,
          QUARANTINE);

  /** The schema of {@link #FLAT}'s rows. */
  public static final StructType OUTPUT = FLAT.schema();

  private IngestSchemas() {}
}
