package io.kefu.core.event;

import java.util.List;

/** The outcome of parsing one raw record: the event, or every reason it is invalid. */
public sealed interface ParsedEvent {

  /** A record that satisfies CONTRACT §2. */
  record Valid(ChatEvent event) implements ParsedEvent {}

  /**
   * A record that does not; {@code reasons} is never empty and its first entry is the primary
   * reason that counts are kept by. {@code eventId} is the record's id where one could be read.
   */
  record Invalid(String eventId, List<Rejection> reasons) implements ParsedEvent {
    public Invalid {
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("an invalid record needs at least one reason");
      }
      reasons = List.copyOf(reasons);
    }

    public InvalidReason primaryReason() {
      return reasons.get(0).reason();
    }
  }
}
