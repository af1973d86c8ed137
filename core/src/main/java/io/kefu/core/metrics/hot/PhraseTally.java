package io.kefu.core.metrics.hot;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sessions that used one phrase in one window (a session counts once) and up to {@link
 * #MAX_EXAMPLES} example messages: the earliest message of each of the earliest sessions, by time
 * then session id, so every engine and every arrival order keeps the same examples. Not
 * thread-safe.
 */
public final class PhraseTally implements Serializable {

  public static final int MAX_EXAMPLES = 3;

  private record Example(Instant at, String sessionId, String text) implements Serializable {}

  private static final Comparator<Example> EARLIEST =
      Comparator.comparing(Example::at)
          .thenComparing(Example::sessionId)
          .thenComparing(Example::text);

  private final Set<String> sessions = new HashSet<>();
  private final List<Example> examples = new ArrayList<>(MAX_EXAMPLES + 1);

  /** Counts a message that used the phrase. */
  public void add(CustomerMessage message) {
    add(message.sessionId(), message.ts().toInstant(), message.maskedText());
  }

  public void add(String sessionId, Instant at, String maskedText) {
    sessions.add(sessionId);
    Example candidate = new Example(at, sessionId, maskedText);
    for (int i = 0; i < examples.size(); i++) {
      Example kept = examples.get(i);
      if (kept.sessionId().equals(sessionId)) {
        if (EARLIEST.compare(candidate, kept) < 0) {
          examples.set(i, candidate);
          examples.sort(EARLIEST);
        }
        return;
      }
    }
    if (examples.size() >= MAX_EXAMPLES
        && EARLIEST.compare(candidate, examples.get(examples.size() - 1)) > 0) {
      return; // later than every kept example: it would be the one dropped
    }
    examples.add(candidate);
    examples.sort(EARLIEST);
    if (examples.size() > MAX_EXAMPLES) {
      examples.remove(MAX_EXAMPLES);
    }
  }

  /** Adds another tally of the same phrase and window (a Flink or Spark merge). */
  public void merge(PhraseTally other) {
    sessions.addAll(other.sessions);
    for (Example example : other.examples) {
      add(example.sessionId(), example.at(), example.text());
    }
  }

  public long sessions() {
    return sessions.size();
  }

  /** The example messages, earliest first. */
  public List<String> examples() {
    String[] texts = new String[examples.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = examples.get(i).text();
    }
    return List.of(texts);
  }
}
