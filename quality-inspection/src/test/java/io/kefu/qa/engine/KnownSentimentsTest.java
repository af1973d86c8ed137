package io.kefu.qa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownSentimentsTest {

  /** Answers by a fixed word and records every text it was asked about. */
  private static final class RecordingSource implements SentimentSource {
    final List<String> asked = new ArrayList<>();

    @Override
    public Sentiment sentimentOf(String preparedText) {
      asked.add(preparedText);
      return preparedText.contains("差") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }

    @Override
    public String source() {
      return "model:sentiment:7";
    }
  }

  @Test
  void knownTextsAreNotScoredAgainAndTheRestKeepTheirOrder() {
    RecordingSource model = new RecordingSource();
    KnownSentiments s =
        new KnownSentiments(Map.of("谢谢你", Sentiment.POSITIVE, "太差了", Sentiment.NEUTRAL), model);

    List<Sentiment> out = s.sentimentsOf(List.of("质量太差", "谢谢你", "在吗", "太差了"));

    assertEquals(
        List.of(Sentiment.NEGATIVE, Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEUTRAL), out);
    assertEquals(List.of("质量太差", "在吗"), model.asked);
    assertEquals(Sentiment.POSITIVE, s.sentimentOf("谢谢你"));
    assertEquals("model:sentiment:7", s.source());
  }

  @Test
  void allKnownAsksTheModelNothing() {
    RecordingSource model = new RecordingSource();
    KnownSentiments s = new KnownSentiments(Map.of("好评", Sentiment.POSITIVE), model);

    assertEquals(List.of(Sentiment.POSITIVE), s.sentimentsOf(List.of("好评")));
    assertEquals(List.of(), model.asked);
  }
}
