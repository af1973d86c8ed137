package io.kefu.ingest.session;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.label.Vote;
import io.kefu.core.label.WeakLabel;
import io.kefu.core.session.SessionSummary;
import io.kefu.core.taxonomy.Intent;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.schema.IngestSchemas;
import io.kefu.ingest.schema.OutputRows;
import io.kefu.ingest.schema.ScalaValues;
import io.kefu.spark.schema.EventColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** Builds the output rows of one session: the session, its messages, its labeled utterances. */
final class BundleBuilder {

  private final SessionLabeler labeler;
  private final GoldLabels gold;

  BundleBuilder(SessionLabeler labeler, GoldLabels gold) {
    this.labeler = labeler;
    this.gold = gold;
  }

  /** The session's rows: the session, its messages, its labeled customer utterances. */
  List<Row> build(
      SessionSummary s,
      List<SessionAssembler.SourcedEvent> events,
      int duplicates,
      Map<String, Integer> masked) {
    List<Row> rows = new ArrayList<>(events.size() * 2);
    List<ChatEvent> customer = new ArrayList<>();
    List<Integer> customerIndex = new ArrayList<>();
    int messageIndex = 0;
    for (SessionAssembler.SourcedEvent se : events) {
      ChatEvent e = se.event();
      rows.add(
          OutputRows.of(
              IngestSchemas.KIND_MESSAGE, IngestSchemas.MESSAGE, messageValues(se), null));
      if (e.type() == EventType.MESSAGE) {
        if (e.role() == Role.CUSTOMER) {
          customer.add(e);
          customerIndex.add(messageIndex);
        }
        messageIndex++;
      }
    }
    List<String> texts = customer.stream().map(ChatEvent::text).toList();
    List<SessionLabeler.UtteranceLabels> labels = labeler.label(texts, s.rating());
    String primary = null;
    for (int i = 0; i < customer.size(); i++) {
      ChatEvent e = customer.get(i);
      WeakLabel intent = withGold(labels.get(i).intent(), gold.intentFor(e.text()));
      WeakLabel sentiment = withGold(labels.get(i).sentiment(), gold.sentimentFor(e.text()));
      if (primary == null && intent.covered() && !Intent.OTHER.id().equals(intent.label())) {
        primary = intent.label();
      }
      rows.add(
          OutputRows.of(
              IngestSchemas.KIND_UTTERANCE,
              IngestSchemas.UTTERANCE,
              utteranceValues(e, customerIndex.get(i), intent, sentiment),
              null));
    }
    String primaryIntent = primary == null ? Intent.OTHER.id() : primary;
    rows.add(
        OutputRows.of(
            IngestSchemas.KIND_SESSION,
            IngestSchemas.SESSION,
            sessionValues(s, primaryIntent, duplicates),
            masked));
    return rows;
  }

  private static WeakLabel withGold(WeakLabel weak, String label) {
    return label == null ? weak : new WeakLabel(label, 1.0, WeakLabel.SOURCE_GOLD, weak.votes());
  }

  private static Object[] messageValues(SessionAssembler.SourcedEvent se) {
    ChatEvent e = se.event();
    return EventColumns.around(
        new Object[0],
        EventColumns.of(e, e.text()),
        se.source(),
        se.line(),
        EventTimestamps.businessDay(e.ts()));
  }

  private static Object[] utteranceValues(
      ChatEvent e, int index, WeakLabel intent, WeakLabel sentiment) {
    return new Object[] {
      e.eventId(),
      e.sessionId(),
      index,
      e.ts().toInstant(),
      e.text(),
      intent.label(),
      intent.confidence(),
      intent.source(),
      ScalaValues.seq(describe(intent.votes())),
      sentiment.label(),
      sentiment.confidence(),
      sentiment.source(),
      ScalaValues.seq(describe(sentiment.votes())),
      EventTimestamps.businessDay(e.ts())
    };
  }

  private static Object[] sessionValues(SessionSummary s, String primaryIntent, int duplicates) {
    return new Object[] {
      s.sessionId(),
      s.customerId(),
      s.agentId(),
      s.channel().wireName(),
      s.start().toInstant(),
      s.end().toInstant(),
      s.durationSeconds(),
      s.turns(),
      s.customerMessages(),
      s.agentMessages(),
      s.botMessages(),
      s.firstResponseSeconds(),
      ScalaValues.seq(s.replyDelaysSeconds()),
      s.transfers(),
      s.endReason() == null ? null : s.endReason().wireName(),
      s.rating(),
      primaryIntent,
      duplicates,
      EventTimestamps.businessDay(s.start())
    };
  }

  /** Votes as {@code function=label:weight} strings, readable in Parquet viewers. */
  static List<String> describe(List<Vote> votes) {
    List<String> out = new ArrayList<>(votes.size());
    for (Vote v : votes) {
      out.add(v.function() + "=" + v.label() + ":" + Math.round(v.weight() * 100) / 100.0);
    }
    return out;
  }
}
