package io.kefu.ingest.session;

import static io.kefu.ingest.RecordFixtures.agent;
import static io.kefu.ingest.RecordFixtures.customer;
import static io.kefu.ingest.RecordFixtures.end;
import static io.kefu.ingest.RecordFixtures.field;
import static io.kefu.ingest.RecordFixtures.ofKind;
import static io.kefu.ingest.RecordFixtures.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import io.kefu.core.label.Vote;
import io.kefu.core.session.SessionSummarizer;
import io.kefu.core.taxonomy.Intent;
import io.kefu.ingest.label.GoldLabels;
import io.kefu.ingest.label.SessionLabeler;
import io.kefu.ingest.schema.IngestSchemas;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rows of one session, built from plain events: no Spark session. */
class BundleBuilderTest {

  private static final SessionLabeler LABELER =
      new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged());

  private static List<Row> build(GoldLabels gold, int duplicates, ChatEvent... events) {
    List<SessionAssembler.SourcedEvent> sourced = new ArrayList<>();
    for (int i = 0; i < events.length; i++) {
      sourced.add(new SessionAssembler.SourcedEvent(events[i], "a.jsonl", i + 1));
    }
    return new BundleBuilder(LABELER, gold)
        .build(SessionSummarizer.summarize(List.of(events)), sourced, duplicates, Map.of());
  }

  private static List<Row> refundSession(GoldLabels gold) {
    return build(
        gold,
        1,
        start("e0", "s1", 0),
        customer("e1", "s1", 5, "我想申请退款 衣服不合适"),
        agent("e2", "s1", 20, "好的 已为您处理"),
        customer("e3", "s1", 40, "谢谢"),
        end("e4", "s1", 60));
  }

  @Test
  void aSessionGivesOneSessionRowAMessageRowPerEventAndAnUtterancePerCustomerMessage() {
    List<Row> rows = refundSession(GoldLabels.none());

    assertThat(ofKind(rows, IngestSchemas.KIND_MESSAGE)).hasSize(5);
    assertThat(ofKind(rows, IngestSchemas.KIND_UTTERANCE))
        .extracting(r -> field(r, "event_id"))
        .containsExactly("e1", "e3");
    List<Row> sessions = ofKind(rows, IngestSchemas.KIND_SESSION);
    assertThat(sessions).hasSize(1);
    Row session = sessions.get(0);
    assertThat((Object) field(session, "session_id")).isEqualTo("s1");
    assertThat((Object) field(session, "turns")).isEqualTo(3);
    assertThat((Object) field(session, "customer_messages")).isEqualTo(2);
    assertThat((Object) field(session, "duplicates")).isEqualTo(1);
    assertThat((Object) field(session, "day")).isEqualTo(io.kefu.ingest.RecordFixtures.DAY);
  }

  @Test
  void anUtterancesIndexCountsMessagesOnlyNotSessionEvents() {
    List<Row> utterances = ofKind(refundSession(GoldLabels.none()), IngestSchemas.KIND_UTTERANCE);

    assertThat(utterances).extracting(r -> field(r, "message_index")).containsExactly(0, 2);
  }

  static Stream<Arguments> primaryIntents() {
    return Stream.of(
        Arguments.of(List.of("我想申请退款 衣服不合适", "好的谢谢"), Intent.RETURN_REFUND.id()),
        Arguments.of(List.of("在吗", "快递到哪了 物流三天没更新"), Intent.LOGISTICS_QUERY.id()),
        Arguments.of(List.of("你好", "没事了"), Intent.OTHER.id()));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("primaryIntents")
  void theSessionsPrimaryIntentIsTheFirstLabeledIntentOtherThanOther(
      List<String> customerTexts, String primary) {
    List<ChatEvent> events = new ArrayList<>();
    events.add(start("e0", "s1", 0));
    for (int i = 0; i < customerTexts.size(); i++) {
      events.add(customer("e" + (i + 1), "s1", 10 * (i + 1), customerTexts.get(i)));
    }

    List<Row> rows = build(GoldLabels.none(), 0, events.toArray(ChatEvent[]::new));

    Row session = ofKind(rows, IngestSchemas.KIND_SESSION).get(0);
    assertThat((Object) field(session, "primary_intent")).isEqualTo(primary);
  }

  @Test
  void aGoldLabelReplacesTheWeakLabelWithFullConfidence() throws IOException {
    GoldLabels gold = GoldLabels.read(new StringReader("text,label\n谢谢,negative\n"), "gold.csv");

    Row thanks = ofKind(refundSession(gold), IngestSchemas.KIND_UTTERANCE).get(1);

    assertThat((Object) field(thanks, "sentiment")).isEqualTo("negative");
    assertThat((Object) field(thanks, "sentiment_source")).isEqualTo("gold");
    assertThat((Object) field(thanks, "sentiment_confidence")).isEqualTo(1.0);
    assertThat((Object) field(thanks, "intent_source")).isEqualTo("weak");
  }

  static Stream<Arguments> votes() {
    return Stream.of(
        Arguments.of(
            new Vote("kw:return_refund", "return_refund", 1.0),
            "kw:return_refund=return_refund:1.0"),
        Arguments.of(new Vote("lex:pos", "positive", 2.346), "lex:pos=positive:2.35"),
        Arguments.of(new Vote("ctx:session", "invoice", 0.004), "ctx:session=invoice:0.0"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("votes")
  void votesAreWrittenAsFunctionEqualsLabelColonRoundedWeight(Vote vote, String written) {
    assertThat(BundleBuilder.describe(List.of(vote))).containsExactly(written);
  }
}
