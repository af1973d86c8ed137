package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A run in {@link FakeAirflow}'s store. {@code id} is the database id both APIs sort on ({@code
 * order_by=id}); the state moves only when a test moves it ({@link FakeAirflow#finish}).
 */
final class FakeDagRun {

  final long id;
  final String dagId;
  final String runId;
  final Instant logicalDate;
  final Instant runAfter;
  final Instant queuedAt;
  final ObjectNode conf;
  final String note;
  String state = "queued";
  Instant startDate;
  Instant endDate;

  FakeDagRun(
      long id,
      String dagId,
      String runId,
      Instant logicalDate,
      Instant runAfter,
      ObjectNode conf,
      String note) {
    this.id = id;
    this.dagId = dagId;
    this.runId = runId;
    this.logicalDate = logicalDate;
    this.runAfter = runAfter;
    this.queuedAt = runAfter;
    this.conf = conf;
    this.note = note;
  }
}
