package io.kefu.dags.airflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@link FakeAirflow} holds, shared by its two APIs: DAGs and whether each is paused, runs,
 * users with their roles, and (API v2) the tokens it issued. Calls arrive on the server's thread
 * while tests read from theirs, hence the synchronisation.
 */
final class FakeAirflowState {

  /** Airflow's roles as far as these calls go: Viewer reads, User/Op/Admin may also write. */
  enum Role {
    VIEWER,
    ADMIN
  }

  /** An issued token; {@code expired} makes the API answer 401 "Token Expired". */
  record Token(String username, boolean expired) {}

  record User(String password, Role role) {}

  private final Map<String, Boolean> pausedByDag = new LinkedHashMap<>();
  private final List<FakeDagRun> runs = new ArrayList<>();
  private final Map<String, User> users = new HashMap<>();
  private final Map<String, Token> tokens = new HashMap<>();
  private long lastRunId;

  synchronized void addDag(String dagId, boolean paused) {
    pausedByDag.put(dagId, paused);
  }

  synchronized boolean hasDag(String dagId) {
    return pausedByDag.containsKey(dagId);
  }

  synchronized boolean isPaused(String dagId) {
    return pausedByDag.get(dagId);
  }

  synchronized void setPaused(String dagId, boolean paused) {
    pausedByDag.put(dagId, paused);
  }

  synchronized void addUser(String username, String password, Role role) {
    users.put(username, new User(password, role));
  }

  synchronized Optional<User> login(String username, String password) {
    User user = users.get(username);
    return user != null && user.password().equals(password) ? Optional.of(user) : Optional.empty();
  }

  synchronized Optional<User> user(String username) {
    return Optional.ofNullable(users.get(username));
  }

  synchronized String issueToken(String username) {
    String token = "fake-jwt-" + UUID.randomUUID();
    tokens.put(token, new Token(username, false));
    return token;
  }

  synchronized Optional<Token> token(String token) {
    return Optional.ofNullable(tokens.get(token));
  }

  synchronized void expireTokens() {
    tokens.replaceAll((token, issued) -> new Token(issued.username(), true));
  }

  /** As after the API server restarts with a new secret: no token it issued verifies any more. */
  synchronized void forgetTokens() {
    tokens.clear();
  }

  synchronized int tokensIssued() {
    return tokens.size();
  }

  synchronized Optional<FakeDagRun> run(String dagId, String runId) {
    return runs.stream()
        .filter(run -> run.dagId.equals(dagId) && run.runId.equals(runId))
        .findFirst();
  }

  synchronized Optional<FakeDagRun> runAt(String dagId, Instant logicalDate) {
    return runs.stream()
        .filter(run -> run.dagId.equals(dagId) && logicalDate.equals(run.logicalDate))
        .findFirst();
  }

  synchronized FakeDagRun addRun(
      String dagId,
      String runId,
      Instant logicalDate,
      Instant runAfter,
      ObjectNode conf,
      String note) {
    FakeDagRun run = new FakeDagRun(++lastRunId, dagId, runId, logicalDate, runAfter, conf, note);
    runs.add(run);
    return run;
  }

  synchronized int runCount(String dagId) {
    return (int) runs.stream().filter(run -> run.dagId.equals(dagId)).count();
  }

  /** A page of a DAG's runs ordered by id, descending when {@code descending}. */
  synchronized List<FakeDagRun> runs(String dagId, boolean descending, int offset, int limit) {
    Comparator<FakeDagRun> byId = Comparator.comparingLong(run -> run.id);
    return runs.stream()
        .filter(run -> run.dagId.equals(dagId))
        .sorted(descending ? byId.reversed() : byId)
        .skip(offset)
        .limit(limit)
        .toList();
  }
}
