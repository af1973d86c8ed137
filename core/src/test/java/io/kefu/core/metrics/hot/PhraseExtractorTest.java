package io.kefu.core.metrics.hot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseExtractorTest {

  private final PhraseExtractor extractor = new PhraseExtractor();

  @Test
  void chineseRunsGiveCharacterBigramsAndTrigrams() {
    assertThat(extractor.phrases("电池鼓包")).containsExactly("电池", "池鼓", "鼓包", "电池鼓", "池鼓包");
  }

  @Test
  void latinRunsGiveWordsAndWordBigrams() {
    assertThat(extractor.phrases("The Battery is swelling, battery hot"))
        .containsExactly("battery", "swelling", "battery hot", "hot");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'我的电话[PHONE]打不通', [phone]",
    "'寄到[ADDRESS]吧', [address]",
    "'订单[ORDER_NO]没到', [order_no]",
    "'邮箱 [EMAIL] 收不到', [email]",
  })
  void maskTokensExcludedFromPhrases(String masked, String mask) {
    var phrases = extractor.phrases(masked);

    assertThat(phrases).isNotEmpty();
    assertThat(phrases).noneMatch(p -> p.contains("[") || p.contains("]") || p.contains(mask));
    assertThat(phrases).noneMatch(p -> p.contains("phone") || p.contains("address"));
  }

  @Test
  void aMaskSplitsTheChineseRunSoNoPhraseSpansIt() {
    assertThat(extractor.phrases("电话[PHONE]打不通")).doesNotContain("话打").contains("打不通");
  }

  @Test
  void stopWordsPleasantriesAndNumbersAreNoPhrases() {
    assertThat(extractor.phrases("你好，在吗？请问一下 the 123 ok 😀")).isEmpty();
  }

  @Test
  void phrasesWithOneContentCharacterAreKept() {
    assertThat(extractor.phrases("不能开机")).contains("开机", "能开机", "不能开").doesNotContain("不能");
  }
}
