package io.kefu.ingest.session;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import io.kefu.core.session.SessionSummary;
import io.kefu.core.taxonomy.Intent;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.label.Vote;
import io.kefu.ingest.label.WeakLabel;
import io.kefu.ingest.schema.EventColumns;
import io.kefu.ingest.schema.ScalaValues;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Builds the nested session row: session columns, its messages, its labeled utterances. */
final class BundleBuilder {

  private final SessionLabeler labeler;
  private final GoldLabels gold;

  BundleBuilder(SessionLabeler labeler, GoldLabels gold) {
    this.labeler = labeler;
    this.gold = gold;
  }

  Row build(SessionSummary s, List<SessionAssembler.SourcedEvent> events, int duplicates) {
    List<Row> messages = new ArrayList<>(events.size());
    List<ChatEvent> customer = new ArrayList<>();
    List<Integer> customerIndex = new ArrayList<>();
    int messageIndex = 0;
    for (SessionAssembler.SourcedEvent se : events) {
      ChatEvent e = se.event();
      messages.add(messageRow(se));
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
    List<Row> utterances = new ArrayList<>(customer.size());
    String primary = null;
    for (int i = 0; i < customer.size(); i++) {
      ChatEvent e = customer.get(i);
      WeakLabel intent = withGold(labels.get(i).intent(), gold.intentFor(e.text()));
      WeakLabel sentiment = withGold(labels.get(i).sentiment(), gold.sentimentFor(e.text()));
      if (primary == null && intent.covered() && !Intent.OTHER.id().equals(intent.label())) {
        primary = intent.label();
      }
      utterances.add(utteranceRow(e, customerIndex.get(i), intent, sentiment));
    }
    return sessionRow(
        s, primary == null ? Intent.OTHER.id() : primary, duplicates, messages, utterances);
  }

  private static WeakLabel withGold(WeakLabel weak, String label) {
    return label == null ? weak : new WeakLabel(label, 1.0, WeakLabel.SOURCE_GOLD, weak.votes());
  }

  private static Row messageRow(SessionAssembler.SourcedEvent se) {
    ChatEvent e = se.event();
    return RowFactory.create(
        EventColumns.around(
            new Object[0],
            EventColumns.of(e, e.text()),
            se.source(),
            se.line(),
            SessionAssembler.day(e)));
  }

  private static Row utteranceRow(ChatEvent e, int index, WeakLabel intent, WeakLabel sentiment) {
    return RowFactory.create(
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
        SessionAssembler.day(e));
  }

  private static Row sessionRow(
      SessionSummary s,
      String primaryIntent,
      int duplicates,
      List<Row> messages,
      List<Row> utterances) {
    return RowFactory.create(
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
        io.kefu.core.event.EventTimestamps.businessDay(s.start()),
        ScalaValues.seq(messages),
        ScalaValues.seq(utterances));
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
