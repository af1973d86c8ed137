package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.metrics.csat.CsatDaily;
import io.kefu.core.metrics.csat.CsatDailyRow;
import io.kefu.core.metrics.fcr.IssueChange;
import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import io.kefu.metrics.StreamSettings;
import io.kefu.metrics.sink.ClickHouseSink;
import io.kefu.metrics.sink.SinkSettings;
import io.kefu.metrics.sink.TableRow;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The streaming job's graph (CONTRACT §1 {@code ./kefu stream}): Kafka {@code chat-events} → parse
 * and validate (dead letters to Kafka and ClickHouse) with event-time watermarks per partition →
 * sessions keyed by id (duplicates dropped by event id, models, inspection) → FCR, CSAT, agent
 * timing, QA coverage, hot topics and emerging phrases → one ClickHouse sink. Every definition is
 * core's; this class only wires them.
 */
public final class StreamJob {

  private StreamJob() {}

  /** Adds the job to {@code env}; the caller executes it. */
  public static void build(StreamExecutionEnvironment env, StreamSettings s) {
    KafkaSource<RawRecord> source =
        KafkaSource.<RawRecord>builder()
            .setBootstrapServers(s.bootstrapServers())
            .setTopics(s.topic())
            .setGroupId(s.groupId())
            .setStartingOffsets(
                s.fromBeginning()
                    ? OffsetsInitializer.earliest()
                    : OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
            .setDeserializer(new RawRecordDeserializer())
            .setProperty("commit.offsets.on.checkpoint", "true")
            .setProperty("partition.discovery.interval.ms", s.bounded() ? "-1" : "60000")
            .build();
    if (s.bounded()) {
      source =
          KafkaSource.<RawRecord>builder()
              .setBootstrapServers(s.bootstrapServers())
              .setTopics(s.topic())
              .setGroupId(s.groupId())
              .setStartingOffsets(
                  s.fromBeginning()
                      ? OffsetsInitializer.earliest()
                      : OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
              .setBounded(OffsetsInitializer.latest())
              .setDeserializer(new RawRecordDeserializer())
              .build();
    }

    DataStream<RawRecord> records =
        env.fromSource(
                source,
                WatermarkStrategy.<RawRecord>forBoundedOutOfOrderness(s.outOfOrderness())
                    .withTimestampAssigner(new EventTime())
                    .withIdleness(s.idleness()),
                "chat-events")
            .uid("chat-events");
    if (s.maxRate() > 0) {
      records = records.map(new Throttle(s.maxRate())).uid("throttle").name("max rate");
    }
    SingleOutputStreamOperator<ChatEvent> parsed =
        records.process(new ParseEvents()).uid("parse").name("parse and validate");

    DataStream<DeadLetter> dead = parsed.getSideOutput(ParseEvents.DEAD);
    dead.map(DeadLetter::toKafkaJson)
        .uid("dlq-json")
        .sinkTo(deadLetterTopic(s))
        .uid("dlq-kafka")
        .name(s.deadLetterTopic());

    SingleOutputStreamOperator<TableRow> sessions =
        parsed
            .keyBy(ChatEvent::sessionId)
            .process(new SessionAssembler(s))
            .uid("sessions")
            .name("sessions: duplicates, models, inspection");

    DataStream<FactsChange> facts = sessions.getSideOutput(SessionAssembler.FACTS);
    DataStream<TableRow> fcr =
        facts
            .keyBy(FactsChange::contactKey)
            .process(new FcrIssues(s.recontact(), s.sessionMaxOpen()))
            .uid("fcr-issues")
            .name("FCR issues")
            .flatMap(StreamJob::splitChange, TypeInformation.of(IssueChange.class))
            .uid("fcr-split")
            .keyBy(FcrDaily::keyOf)
            .process(new FcrDaily())
            .uid("fcr-daily")
            .name("fcr_daily");

    DataStream<TableRow> csat =
        facts
            .flatMap(StreamJob::csatChanges, TypeInformation.of(CsatDailyRow.class))
            .uid("csat-changes")
            .keyBy(row -> row.key().toString())
            .process(new RunningSum<>(CsatDailyRow.class, CsatDailyRow::plus, Rows::csatDaily))
            .uid("csat-daily")
            .name("csat_daily");

    DataStream<TableRow> timing =
        sessions
            .getSideOutput(SessionAssembler.TIMING)
            .keyBy(row -> row.day() + "/" + row.agentId())
            .process(
                new RunningSum<>(
                    AgentTimingDailyRow.class, AgentTimingDailyRow::plus, Rows::agentTiming))
            .uid("agent-timing")
            .name("agent_timing_daily");

    DataStream<TableRow> coverage =
        sessions
            .getSideOutput(SessionAssembler.COVERAGE)
            .keyBy(CoverageDelta::day)
            .process(new RunningSum<>(CoverageDelta.class, CoverageDelta::plus, Rows::coverage))
            .uid("qa-coverage")
            .name("qa_coverage_daily");

    DataStream<TableRow> topics =
        sessions
            .getSideOutput(SessionAssembler.TOPICS)
            .keyBy(TopicMention::kind)
            .process(new HotTopics(s.spikes(), s.topicSettle()))
            .uid("hot-topics")
            .name("hot_topics");

    DataStream<TableRow> phrases =
        sessions
            .getSideOutput(SessionAssembler.PHRASES)
            .keyBy(StreamJob::allPhrases)
            .process(new HotPhrases(s.spikes(), s.outOfOrderness()))
            .uid("hot-phrases")
            .name("hot_phrases");

    DataStream<TableRow> deadRows =
        dead.map(new DeadLetterRows()).uid("dead-letter-rows").name("dead_letters");

    sessions
        .union(fcr, csat, timing, coverage, topics, phrases, deadRows)
        .map(new CountRows())
        .uid("count-rows")
        .name("count rows")
        .sinkTo(new ClickHouseSink(s.clickHouse(), SinkSettings.defaults()))
        // One writer: rows arrive as finished JSON, so writing is cheap, and ClickHouse wants few
        // large inserts (each insert is a part per day to merge; two writers doubled that work).
        .setParallelism(1)
        .uid("clickhouse")
        .name("ClickHouse");
  }

  private static KafkaSink<String> deadLetterTopic(StreamSettings s) {
    return KafkaSink.<String>builder()
        .setBootstrapServers(s.bootstrapServers())
        .setRecordSerializer(
            KafkaRecordSerializationSchema.builder()
                .setTopic(s.deadLetterTopic())
                .setValueSerializationSchema(new SimpleStringSchema())
                .build())
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
  }

  // An issue change touches the row of its issue's day before and after: one record per side, so
  // each goes to the key of its row.
  private static void splitChange(
      IssueChange change, org.apache.flink.util.Collector<IssueChange> out) {
    if (change.before() != null
        && change.after() != null
        && !change.before().key().equals(change.after().key())) {
      out.collect(new IssueChange(change.before(), null));
      out.collect(new IssueChange(null, change.after()));
    } else {
      out.collect(change);
    }
  }

  private static void csatChanges(
      FactsChange change, org.apache.flink.util.Collector<CsatDailyRow> out) {
    List<CsatDailyRow> rows =
        change.before() == null
            ? List.of(CsatDaily.ofSession(change.after()))
            : CsatDaily.change(change.before(), change.after());
    rows.forEach(out::collect);
  }

  private static String allPhrases(CustomerMessage message) {
    return "phrases";
  }

  /**
   * Starts the job on the environment Flink gives (a local MiniCluster, or the cluster under {@code
   * flink run}), restoring {@code restoreFrom} (a checkpoint or savepoint) when not null.
   */
  public static org.apache.flink.core.execution.JobClient start(
      StreamSettings s, String restoreFrom) throws Exception {
    // The dead-letter topic must exist before the first bad record: a producer waiting for a
    // topic that a broker will not auto-create blocks the source it is chained to.
    KafkaTopics.ensure(
        new KafkaSettings(s.bootstrapServers()),
        List.of(s.topic(), s.deadLetterTopic()),
        KafkaTopics.DEFAULT_PARTITIONS);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            Checkpoints.configuration(s, restoreFrom));
    configure(env, s);
    build(env, s);
    return env.executeAsync("kefu-stream");
  }

  /**
   * Adds the job's environment settings: parallelism, exactly-once checkpoints, and object reuse
   * (every record type of the job is an immutable record, so chained operators may pass the same
   * instance on instead of a serialised copy).
   */
  public static void configure(StreamExecutionEnvironment env, StreamSettings s) {
    env.setParallelism(s.parallelism());
    env.getConfig().enableObjectReuse();
    env.enableCheckpointing(
        s.checkpointInterval().toMillis(),
        org.apache.flink.core.execution.CheckpointingMode.EXACTLY_ONCE);
  }

  /** Counts the rows going to ClickHouse (the summary's rows_written). */
  private static final class CountRows
      extends org.apache.flink.api.common.functions.RichMapFunction<TableRow, TableRow> {
    private transient org.apache.flink.api.common.accumulators.LongCounter rows;

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext context) {
      rows = new org.apache.flink.api.common.accumulators.LongCounter();
      getRuntimeContext().addAccumulator("rows_written", rows);
    }

    @Override
    public TableRow map(TableRow row) {
      rows.add(1);
      return row;
    }
  }

  /** Dead letters as {@code kefu.dead_letters} rows, versions rising per task. */
  private static final class DeadLetterRows
      extends org.apache.flink.api.common.functions.RichMapFunction<DeadLetter, TableRow> {
    private transient RowVersions versions;

    @Override
    public TableRow map(DeadLetter d) {
      if (versions == null) {
        versions = new RowVersions();
      }
      return Rows.deadLetter(d, versions.next());
    }
  }
}
