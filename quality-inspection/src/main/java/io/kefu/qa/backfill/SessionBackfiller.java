package io.kefu.qa.backfill;

import io.kefu.core.event.ChatEvent;
import io.kefu.spark.schema.EventColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * The Spark side of {@link SessionOutcomes}: the rows of one session (the event columns of an
 * ingest output's {@code messages/}) in, its outcome out. Models and engine are built in the
 * executor from the {@link BackfillModels}, once per task, never shipped from the driver.
 */
final class SessionBackfiller implements MapGroupsFunction<String, Row, SessionOutcome> {

  private final BackfillModels models;
  private final long version;
  private final Instant inspectedAt;
  private transient SessionOutcomes outcomes;

  SessionBackfiller(BackfillModels models, long version, Instant inspectedAt) {
    this.models = models;
    this.version = version;
    this.inspectedAt = inspectedAt;
  }

  @Override
  public SessionOutcome call(String sessionId, Iterator<Row> rows) {
    if (outcomes == null) {
      outcomes =
          new SessionOutcomes(
              models.intent(),
              (question, intent) ->
                  models
                      .faq()
                      .map(faq -> String.valueOf(faq.assign(question, intent).id()))
                      .orElse(""),
              models.engine().engine(),
              version,
              inspectedAt);
    }
    List<ChatEvent> events = new ArrayList<>();
    rows.forEachRemaining(r -> events.add(EventColumns.event(r, 0)));
    return outcomes.of(events);
  }
}
