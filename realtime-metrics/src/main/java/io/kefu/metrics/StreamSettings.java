package io.kefu.metrics;

import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.core.metrics.fcr.RecontactWindow;
import io.kefu.core.metrics.hot.SpikeSettings;
import io.kefu.core.metrics.timing.SlaSettings;
import io.kefu.kafka.KafkaSettings;
import io.kefu.kafka.KafkaTopics;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the streaming job is configured by, typed; every duration has the default of CONTRACT
 * §3 or, where the contract is silent, a default a live chat stream needs.
 *
 * @param bootstrapServers the Kafka brokers
 * @param groupId the consumer group (offsets are also kept in checkpoints)
 * @param fromBeginning read the topic from its earliest offsets, else from the group's committed
 *     offsets (earliest when it has none)
 * @param bounded stop at the offsets current at start, flushing every window and session
 * @param registryRoot the model registry whose production models are served
 * @param maxRate the most records per second the job reads; 0 for no cap
 * @param outOfOrderness how far behind the newest event an event may arrive and still be on time
 * @param idleness a partition without events this long does not hold the watermark back
 * @param sessionInactivity a session with no event this long is closed (no session_end came)
 * @param sessionMaxOpen the longest a session may stay open: FCR decides issues that old
 * @param grace after session_end: a late csat still joins the session, then it is inspected
 * @param lateRatingWindow after a session closed: a csat still counts for it (late events)
 * @param dedupTtl how long (processing time) an event id is remembered to drop a re-delivered copy
 * @param topicSettle how long after a 10-minute window ends its hot topics are scored
 * @param checkpointInterval how often state and offsets are checkpointed
 * @param checkpointDir where checkpoints are kept (a URI or a local path)
 * @param modelPoll how often the registry is asked whether production moved
 */
public record StreamSettings(
    String bootstrapServers,
    String topic,
    String deadLetterTopic,
    String groupId,
    boolean fromBeginning,
    boolean bounded,
    String registryRoot,
    ClickHouseSettings clickHouse,
    int parallelism,
    double maxRate,
    Duration outOfOrderness,
    Duration idleness,
    Duration sessionInactivity,
    Duration sessionMaxOpen,
    Duration grace,
    Duration lateRatingWindow,
    Duration dedupTtl,
    Duration topicSettle,
    RecontactWindow recontact,
    SpikeSettings spikes,
    SlaSettings sla,
    Duration checkpointInterval,
    String checkpointDir,
    Duration modelPoll)
    implements Serializable {

  public StreamSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(registryRoot, "registryRoot");
    Objects.requireNonNull(clickHouse, "clickHouse");
    if (!(maxRate >= 0) || Double.isInfinite(maxRate)) {
      throw new IllegalArgumentException("maxRate must be 0 (no cap) or positive, got " + maxRate);
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    }
    for (Duration d :
        new Duration[] {
          outOfOrderness,
          idleness,
          sessionInactivity,
          sessionMaxOpen,
          grace,
          lateRatingWindow,
          dedupTtl,
          topicSettle,
          checkpointInterval,
          modelPoll
        }) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("durations must be set and not negative, got " + d);
      }
    }
  }

  /** The defaults, with the local stack's Kafka and ClickHouse from the environment. */
  public static StreamSettings defaults(String registryRoot, String checkpointDir) {
    return new StreamSettings(
        KafkaSettings.fromEnvironment().bootstrapServers(),
        KafkaTopics.CHAT_EVENTS,
        KafkaTopics.CHAT_EVENTS_DLQ,
        "kefu-stream",
        false,
        false,
        registryRoot,
        ClickHouseSettings.fromEnvironment(),
        2,
        0,
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofMinutes(30),
        Duration.ofHours(6),
        Duration.ofMinutes(10),
        Duration.ofHours(24),
        Duration.ofHours(24),
        Duration.ofMinutes(10),
        RecontactWindow.DEFAULT,
        SpikeSettings.DEFAULT,
        SlaSettings.DEFAULT,
        Duration.ofSeconds(10),
        checkpointDir,
        Duration.ofSeconds(10));
  }

  public StreamSettings withReading(boolean newFromBeginning, boolean newBounded) {
    return new StreamSettings(
        bootstrapServers,
        topic,
        deadLetterTopic,
        groupId,
        newFromBeginning,
        newBounded,
        registryRoot,
        clickHouse,
        parallelism,
        maxRate,
        outOfOrderness,
        idleness,
        sessionInactivity,
        sessionMaxOpen,
        grace,
        lateRatingWindow,
        dedupTtl,
        topicSettle,
        recontact,
        spikes,
        sla,
        checkpointInterval,
        checkpointDir,
        modelPoll);
  }

  public StreamSettings withTopics(String newTopic, String newDeadLetterTopic, String newGroupId) {
    return new StreamSettings(
        bootstrapServers,
        newTopic,
        newDeadLetterTopic,
        newGroupId,
        fromBeginning,
        bounded,
        registryRoot,
        clickHouse,
        parallelism,
        maxRate,
        outOfOrderness,
        idleness,
        sessionInactivity,
        sessionMaxOpen,
        grace,
        lateRatingWindow,
        dedupTtl,
        topicSettle,
        recontact,
        spikes,
        sla,
        checkpointInterval,
        checkpointDir,
        modelPoll);
  }

  public StreamSettings withClickHouse(ClickHouseSettings newClickHouse) {
    return new StreamSettings(
        bootstrapServers,
        topic,
        deadLetterTopic,
        groupId,
        fromBeginning,
        bounded,
        registryRoot,
        newClickHouse,
        parallelism,
        maxRate,
        outOfOrderness,
        idleness,
        sessionInactivity,
        sessionMaxOpen,
        grace,
        lateRatingWindow,
        dedupTtl,
        topicSettle,
        recontact,
        spikes,
        sla,
        checkpointInterval,
        checkpointDir,
        modelPoll);
  }

  public StreamSettings withParallelism(int newParallelism) {
    return new StreamSettings(
        bootstrapServers,
        topic,
        deadLetterTopic,
        groupId,
        fromBeginning,
        bounded,
        registryRoot,
        clickHouse,
        newParallelism,
        maxRate,
        outOfOrderness,
        idleness,
        sessionInactivity,
        sessionMaxOpen,
        grace,
        lateRatingWindow,
        dedupTtl,
        topicSettle,
        recontact,
        spikes,
        sla,
        checkpointInterval,
        checkpointDir,
        modelPoll);
  }

  public StreamSettings withMaxRate(double newMaxRate) {
    return new StreamSettings(
        bootstrapServers,
        topic,
        deadLetterTopic,
        groupId,
        fromBeginning,
        bounded,
        registryRoot,
        clickHouse,
        parallelism,
        newMaxRate,
        outOfOrderness,
        idleness,
        sessionInactivity,
        sessionMaxOpen,
        grace,
        lateRatingWindow,
        dedupTtl,
        topicSettle,
        recontact,
        spikes,
        sla,
        checkpointInterval,
        checkpointDir,
        modelPoll);
  }

  public StreamSettings withCheckpointInterval(Duration interval) {
    return new StreamSettings(
        bootstrapServers,
        topic,
        deadLetterTopic,
        groupId,
        fromBeginning,
        bounded,
        registryRoot,
        clickHouse,
        parallelism,
        maxRate,
        outOfOrderness,
        idleness,
        sessionInactivity,
        sessionMaxOpen,
        grace,
        lateRatingWindow,
        dedupTtl,
        topicSettle,
        recontact,
        spikes,
        sla,
        interval,
        checkpointDir,
        modelPoll);
  }
}
