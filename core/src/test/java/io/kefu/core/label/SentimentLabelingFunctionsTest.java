package io.kefu.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentLabelingFunctionsTest {

  private static final SentimentLabelingFunctions FUNCTIONS =
      new SentimentLabelingFunctions(SentimentLexicon.packaged());
  private static final VoteCombiner COMBINER = new VoteCombiner(3.0);

  private static String label(String text, Integer rating) {
    return COMBINER.combine(FUNCTIONS.votes(text, rating)).label();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "太感谢了 问题解决了, positive",
    "客服很耐心 👍, positive",
    "东西不错, positive",
    "我很不满意, negative",
    "什么破东西 气死我了!!, negative",
    "等了半天也没人理, negative",
    "😡😡, negative",
    "请问什么时候发货, neutral",
    "好的, neutral",
    "我的订单号是[ORDER_NO], neutral",
    "转人工, neutral",
    "那一般要多久??, neutral",
    "刚买就降价了 差价能退吗, neutral",
    "我后天要出差 能早点发吗, neutral",
    "扫地机器人的滤网在哪买, neutral",
    "没有解决我的问题, negative",
    "这也不算什么解决办法吧, negative",
    "人呢??, negative",
    "我前几天买的睡衣怎么还没发货, neutral",
    "这个10元券为什么用不了, neutral",
    "买了三天就用不了了, negative",
    "别机器人回复了 转人工, negative"
  })
  void messagesGetTheirSentiment(String text, String sentiment) {
    assertThat(label(text, null)).isEqualTo(sentiment);
  }

  @Test
  void aNegatedPositiveWordIsNegative() {
    assertThat(label("不太满意", null)).isEqualTo("negative");
  }

  @Test
  void theRatingTipsSplitEvidenceButNeverOverridesAnAcknowledgement() {
    assertThat(label("谢谢 失望", 5)).isEqualTo("positive");
    assertThat(label("谢谢 失望", 1)).isEqualTo("negative");
    assertThat(label("好的", 1)).isEqualTo("neutral");
  }

  @Test
  void veryIsNotANegatorAndPolitenessIsNotPraise() {
    assertThat(label("非常感谢", null)).isEqualTo("positive");
    assertThat(label("能帮我查下快递吗🙏", null)).isEqualTo("neutral");
  }

  @Test
  void askingForAPersonOverTheBotIsFrustration() {
    assertThat(label("别机器人回复了 转人工", null)).isEqualTo("negative");
    assertThat(label("人工!!", null)).isEqualTo("negative");
  }
}
