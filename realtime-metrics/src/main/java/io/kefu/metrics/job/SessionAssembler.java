package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.metrics.SessionDigest;
import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.metrics.hot.HotTopicRow;
import io.kefu.core.metrics.timing.AgentTimingDaily;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import io.kefu.core.model.Prediction;
import io.kefu.core.taxonomy.Intent;
import io.kefu.core.text.TextPreparation;
import io.kefu.metrics.StreamSettings;
import io.kefu.metrics.sink.TableRow;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.engine.Inspection;
import io.kefu.qa.engine.InspectionEngine;
import io.kefu.qa.engine.KnownSentiments;
import io.kefu.qa.engine.PredictorSentiment;
import io.kefu.qa.engine.Sentiment;
import io.kefu.qa.engine.SentimentSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by session id: drops a repeated event id (kept for the dedup TTL of processing time; a copy
 * is the same event, so it carries the same session id), assembles each session from its events,
 * labels each customer message with the production models as it arrives ({@code kefu.messages} at
 * once), closes the session at its {@code session_end} or after the inactivity timeout (summary and
 * facts through core's {@link SessionDigest}: {@code kefu.sessions}, FCR, CSAT, agent timing, hot
 * topics), inspects it once the grace period after its end passed ({@code qa_inspections}, {@code
 * qa_violations}, coverage), and keeps its facts a while longer so a late rating still counts.
 * Events for a session already inspected and forgotten, or too old to open one, are late: written
 * to {@code late_events} and counted, never silently dropped.
 */
final class SessionAssembler extends KeyedProcessFunction<String, ChatEvent, TableRow> {

  static final OutputTag<FactsChange> FACTS = new OutputTag<>("facts") {};
  static final OutputTag<AgentTimingDailyRow> TIMING = new OutputTag<>("timing") {};
  static final OutputTag<CoverageDelta> COVERAGE = new OutputTag<>("coverage") {};
  static final OutputTag<TopicMention> TOPICS = new OutputTag<>("topics") {};
  static final OutputTag<CustomerMessage> PHRASES = new OutputTag<>("phrases") {};

  private final StreamSettings settings;

  private transient MapState<String, Boolean> seen;
  private transient LongCounter duplicates;
  private transient ListState<ChatEvent> events;
  private transient MapState<String, MessageLabels> labels;
  private transient ValueState<ClosedSession> closed;
  private transient ValueState<Boolean> inspected;
  private transient ValueState<SessionTimers> timers;
  private transient ServedModels models;
  private transient SentimentSource sentimentSource;
  private transient InspectionEngine engine;
  private transient RowVersions versions;
  private transient LongCounter lateEvents;
  private transient LongCounter sessionsClosed;
  private transient LongCounter sessionsInspected;

  SessionAssembler(StreamSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    // A re-delivered copy of an event (CONTRACT §2: a repeated id counts once) may come an hour
    // later, re-serialised with another offset, or with a replay of the whole topic long after the
    // session's own state expired in event time: so each id is kept for the dedup TTL of
    // processing time, whatever the session's state does.
    MapStateDescriptor<String, Boolean> seenIds =
        new MapStateDescriptor<>("seen-event-ids", String.class, Boolean.class);
    seenIds.enableTimeToLive(
        StateTtlConfig.newBuilder(settings.dedupTtl())
            .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
            .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
            .build());
    seen = getRuntimeContext().getMapState(seenIds);
    duplicates = new LongCounter();
    getRuntimeContext().addAccumulator("duplicates", duplicates);
    events = getRuntimeContext().getListState(new ListStateDescriptor<>("events", ChatEvent.class));
    labels =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("labels", String.class, MessageLabels.class));
    closed =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("closed", TypeInformation.of(ClosedSession.class)));
    inspected =
        getRuntimeContext().getState(new ValueStateDescriptor<>("inspected", Boolean.class));
    timers =
        getRuntimeContext().getState(new ValueStateDescriptor<>("timers", SessionTimers.class));
    models = ServedModels.shared(settings.registryRoot(), settings.modelPoll());
    sentimentSource = new PredictorSentiment(models.sentiment());
    engine = new InspectionEngine(QaRuleSet.defaults(), sentimentSource);
    versions = new RowVersions();
    lateEvents = new LongCounter();
    sessionsClosed = new LongCounter();
    sessionsInspected = new LongCounter();
    getRuntimeContext().addAccumulator("late_events", lateEvents);
    getRuntimeContext().addAccumulator("sessions_closed", sessionsClosed);
    getRuntimeContext().addAccumulator("sessions_inspected", sessionsInspected);
  }

  @Override
  public void close() {
    // the shared models outlive a task (see ServedModels.shared)
  }

  @Override
  public void processElement(ChatEvent e, Context ctx, Collector<TableRow> out) throws Exception {
    if (seen.contains(e.eventId())) {
      duplicates.add(1);
      return;
    }
    long watermark = ctx.timerService().currentWatermark();
    long at = e.ts().toInstant().toEpochMilli();
    ClosedSession done = closed.value();
    SessionTimers t = timers.value();
    if (done == null && t == null) {
      // A session the job does not know: too old to assemble (its inactivity already passed the
      // watermark) unless it starts one; a lone rating or end of a forgotten session is late.
      boolean opensSession = e.type() == EventType.SESSION_START || e.type() == EventType.MESSAGE;
      if (!opensSession && at + settings.sessionInactivity().toMillis() < watermark) {
        late(e, watermark, "counted", out);
        return;
      }
    }
    seen.put(e.eventId(), Boolean.TRUE);
    String masked = maskedText(e);
    MessageLabels read = read(e, masked);
    if (t == null) {
      t = new SessionTimers();
    }
    if (done != null) {
      afterClose(e, masked, read, done, t, watermark, ctx, out);
      return;
    }
    events.add(e);
    keepLabels(e, read, masked, ctx);
    out.collect(messageRow(e, masked, read));
    if (e.type() == EventType.SESSION_END) {
      // Closed once the watermark passes the end: every event before it has arrived by then, in
      // whatever order the shuffle delivered them.
      if (t.close == 0 || at < t.close) {
        if (t.close != 0) {
          ctx.timerService().deleteEventTimeTimer(t.close);
        }
        t.close = at;
        ctx.timerService().registerEventTimeTimer(at);
      }
    } else {
      long inactiveAt = Math.max(at, t.inactivity - inactivityMillis()) + inactivityMillis();
      if (inactiveAt != t.inactivity) {
        if (t.inactivity != 0) {
          ctx.timerService().deleteEventTimeTimer(t.inactivity);
        }
        t.inactivity = inactiveAt;
        ctx.timerService().registerEventTimeTimer(inactiveAt);
      }
    }
    timers.update(t);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<TableRow> out)
      throws Exception {
    SessionTimers t = timers.value();
    if (t == null) {
      return;
    }
    if ((timestamp == t.close || timestamp == t.inactivity) && closed.value() == null) {
      t.inactivity = timestamp == t.inactivity ? 0 : t.inactivity;
      t.close = 0;
      closeSession(t, ctx, out);
      timers.update(t);
    }
    if (timestamp == t.inspect && inspected.value() == null) {
      inspect(ctx, out);
      inspected.update(Boolean.TRUE);
      events.clear();
      labels.clear();
      t.inspect = 0;
      t.expire =
          closed.value().facts().end().toInstant().toEpochMilli()
              + settings.lateRatingWindow().toMillis();
      t.expire = Math.max(t.expire, timestamp + 1);
      ctx.timerService().registerEventTimeTimer(t.expire);
      timers.update(t);
      return;
    }
    if (timestamp == t.expire) {
      closed.clear();
      inspected.clear();
      timers.clear();
    }
  }

  private long inactivityMillis() {
    return settings.sessionInactivity().toMillis();
  }

  // Customer messages are read by the production models as they arrive, one at a time: with the
  // plain-Java scorer a batch saves nothing, and labelling here spares the job a shuffle and an
  // async stage.
  // null for an event the models do not read (anything but a customer message).
  private MessageLabels read(ChatEvent e, String masked) {
    return e.type() == EventType.MESSAGE && e.role() == Role.CUSTOMER
        ? models.labelsOf(masked)
        : null;
  }

  private void keepLabels(ChatEvent e, MessageLabels read, String masked, Context ctx)
      throws Exception {
    if (read != null) {
      labels.put(e.eventId(), read);
      ctx.output(PHRASES, new CustomerMessage(e.sessionId(), e.ts(), masked));
    }
  }

  /** The text as the messages table and the phrase tally store it: prepared once, "" for none. */
  private static String maskedText(ChatEvent e) {
    return e.text() == null ? "" : TextPreparation.prepare(e.text());
  }

  private TableRow messageRow(ChatEvent e, String masked, MessageLabels read) {
    return Rows.message(e, masked, read, versions.next());
  }

  private void closeSession(SessionTimers t, Context ctx, Collector<TableRow> out)
      throws Exception {
    SessionDigest digest = digest();
    SessionFacts facts = digest.facts();
    String faqCluster = models.faqCluster(digest.question(), facts.primaryIntent().id());
    ClosedSession done = new ClosedSession(digest.summary(), facts, faqCluster);
    closed.update(done);
    sessionsClosed.add(1);
    out.collect(Rows.session(done, versions.next()));
    ctx.output(FACTS, new FactsChange(null, facts));
    AgentTimingDaily.ofSession(digest.summary(), settings.sla())
        .ifPresent(row -> ctx.output(TIMING, row));
    String day = EventTimestamps.businessDay(facts.start()).toString();
    if (facts.ended()) {
      ctx.output(COVERAGE, new CoverageDelta(day, 1, 0));
    }
    long start = facts.start().toInstant().toEpochMilli();
    ctx.output(TOPICS, new TopicMention(HotTopicRow.INTENT, facts.primaryIntent().id(), start));
    if (!faqCluster.isEmpty()) {
      ctx.output(TOPICS, new TopicMention(HotTopicRow.FAQ_CLUSTER, faqCluster, start));
    }
    if (t.inactivity != 0) {
      ctx.timerService().deleteEventTimeTimer(t.inactivity);
      t.inactivity = 0;
    }
    scheduleInspection(t, facts, ctx);
    models.logIfChanged();
  }

  private void scheduleInspection(SessionTimers t, SessionFacts facts, Context ctx) {
    if (t.inspect != 0) {
      ctx.timerService().deleteEventTimeTimer(t.inspect);
    }
    // A session closed by inactivity may still get its session_end (hours later, even): it is
    // inspected once no late event can change it, as the batch sees it whole.
    Duration wait = facts.ended() ? settings.grace() : settings.lateRatingWindow();
    t.inspect = facts.end().toInstant().toEpochMilli() + wait.toMillis();
    ctx.timerService().registerEventTimeTimer(t.inspect);
  }

  private SessionDigest digest() throws Exception {
    List<ChatEvent> all = new ArrayList<>();
    events.get().forEach(all::add);
    List<Intent> intents = new ArrayList<>();
    for (ChatEvent c : SessionDigest.customerMessages(all)) {
      MessageLabels l = labels.get(c.eventId());
      intents.add(l == null ? null : ServedModels.intentOf(new Prediction(l.intent(), 1)));
    }
    return SessionDigest.of(all, intents);
  }

  // An event of a session already closed: a first rating still counts (CSAT), a session_end
  // after an inactivity close re-closes it; anything else is only kept for the inspection.
  private void afterClose(
      ChatEvent e,
      String masked,
      MessageLabels read,
      ClosedSession done,
      SessionTimers t,
      long watermark,
      Context ctx,
      Collector<TableRow> out)
      throws Exception {
    SessionFacts facts = done.facts();
    boolean stillHeld = inspected.value() == null;
    out.collect(messageRow(e, masked, read));
    if (stillHeld) {
      events.add(e);
    }
    if (e.type() == EventType.CSAT && facts.rating() == null) {
      SessionFacts rated = facts.withRating(e.rating());
      ClosedSession ratedSession = done.withFacts(rated);
      closed.update(ratedSession);
      ctx.output(FACTS, new FactsChange(facts, rated));
      out.collect(Rows.session(ratedSession, versions.next()));
      if (e.ts().toInstant().toEpochMilli() < watermark) {
        late(e, watermark, "applied", out);
      }
    } else if (e.type() == EventType.SESSION_END && !facts.ended() && stillHeld) {
      SessionDigest digest = digest();
      SessionFacts reclosed = digest.facts();
      if (facts.rating() != null && reclosed.rating() == null) {
        reclosed = reclosed.withRating(facts.rating());
      }
      ClosedSession again = new ClosedSession(digest.summary(), reclosed, done.faqCluster());
      closed.update(again);
      ctx.output(FACTS, new FactsChange(facts, reclosed));
      out.collect(Rows.session(again, versions.next()));
      ctx.output(
          COVERAGE,
          new CoverageDelta(EventTimestamps.businessDay(reclosed.start()).toString(), 1, 0));
      scheduleInspection(t, reclosed, ctx);
      timers.update(t);
    } else if (!stillHeld || e.ts().toInstant().toEpochMilli() < watermark) {
      late(e, watermark, "counted", out);
    }
  }

  private void inspect(Context ctx, Collector<TableRow> out) throws Exception {
    List<ChatEvent> all = new ArrayList<>();
    events.get().forEach(all::add);
    SessionFacts facts = closed.value().facts();
    Inspection inspection = engine.inspect(facts.sessionId(), all, labelledSentiments(all));
    sessionsInspected.add(1);
    Instant inspectedAt = Instant.now();
    long version = versions.next();
    for (TableRow row : Rows.inspection(inspection, inspectedAt, version)) {
      out.collect(row);
    }
    if (facts.ended()) {
      ctx.output(
          COVERAGE, new CoverageDelta(EventTimestamps.businessDay(facts.start()).toString(), 0, 1));
    }
  }

  // The sentiments the stream gave the session's customer messages as they arrived: the inspection
  // reads them instead of scoring the same texts again.
  private SentimentSource labelledSentiments(List<ChatEvent> all) throws Exception {
    Map<String, Sentiment> known = new HashMap<>();
    for (ChatEvent c : SessionDigest.customerMessages(all)) {
      MessageLabels l = labels.get(c.eventId());
      if (l != null) {
        known.put(maskedText(c), Sentiment.fromLabel(l.sentiment()));
      }
    }
    return new KnownSentiments(known, sentimentSource);
  }

  private void late(ChatEvent e, long watermark, String handling, Collector<TableRow> out) {
    lateEvents.add(1);
    out.collect(Rows.lateEvent(e, Instant.ofEpochMilli(watermark), handling, versions.next()));
  }
}
