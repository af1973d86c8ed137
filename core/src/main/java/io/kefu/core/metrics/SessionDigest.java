package io.kefu.core.metrics;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.session.SessionSummarizer;
import io.kefu.core.session.SessionSummary;
import io.kefu.core.taxonomy.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the metrics of CONTRACT §3 read of one closed session, computed once here for the Flink job
 * and the Spark backfill: its summary ({@link SessionSummarizer}), its facts with the primary
 * intent ({@link PrimaryIntent}) and its customer messages, masked, for emerging phrases. The
 * caller predicts the intents of {@link #customerMessages} (an engine decides how to batch the
 * model calls) and passes them in the same order.
 *
 * @param customerMessages the customer messages in event-time order, text normalised and masked
 * @param question the masked text a FAQ model assigns the session by: its first customer message of
 *     the primary intent, else its first customer message, else ""
 */
public record SessionDigest(
    SessionSummary summary,
    SessionFacts facts,
    List<CustomerMessage> customerMessages,
    String question) {

  public SessionDigest {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(facts, "facts");
    customerMessages = List.copyOf(customerMessages);
    Objects.requireNonNull(question, "question");
  }

  /** The customer messages of a session's events (any order) in event-time order. */
  public static List<ChatEvent> customerMessages(List<ChatEvent> events) {
    List<ChatEvent> ordered = new ArrayList<>(events);
    ordered.sort(SessionSummarizer.EVENT_ORDER);
    ordered.removeIf(e -> e.type() != EventType.MESSAGE || e.role() != Role.CUSTOMER);
    return ordered;
  }

  /**
   * @param events the session's events, any order, duplicates removed; not empty
   * @param customerIntents the predicted intent of each of {@link #customerMessages(List)}, in that
   *     order (null where not predicted)
   */
  public static SessionDigest of(List<ChatEvent> events, List<Intent> customerIntents) {
    List<ChatEvent> customer = customerMessages(events);
    if (customer.size() != customerIntents.size()) {
      throw new IllegalArgumentException(
          customer.size() + " customer messages but " + customerIntents.size() + " intents");
    }
    SessionSummary summary = SessionSummarizer.summarize(events);
    SessionFacts facts = SessionFacts.of(summary, PrimaryIntent.of(customerIntents));
    List<CustomerMessage> masked = new ArrayList<>(customer.size());
    for (ChatEvent e : customer) {
      masked.add(CustomerMessage.of(e));
    }
    String question = masked.isEmpty() ? "" : masked.get(0).maskedText();
    for (int i = 0; i < masked.size(); i++) {
      if (customerIntents.get(i) == facts.primaryIntent()) {
        question = masked.get(i).maskedText();
        break;
      }
    }
    return new SessionDigest(summary, facts, masked, question);
  }
}
