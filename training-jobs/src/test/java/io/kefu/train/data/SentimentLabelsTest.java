package io.kefu.train.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentLabelsTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "1, positive",
    "0, negative",
    "-1, negative",
    "' POS ', positive",
    "Positive, positive",
    "正面, positive",
    "好评, positive",
    "负面, negative",
    "差评, negative",
    "NEU, neutral",
    "中性, neutral",
    "'  mixed ', mixed",
    "Sarcastic, Sarcastic"
  })
  void mapsCommonSpellingsOntoThreeLabelsAndKeepsOthersTrimmed(String raw, String expected) {
    assertThat(SentimentLabels.canonical(raw)).isEqualTo(expected);
  }
}
