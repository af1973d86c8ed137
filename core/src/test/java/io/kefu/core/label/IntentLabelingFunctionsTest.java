package io.kefu.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentLabelingFunctionsTest {

  private static final IntentLabelingFunctions FUNCTIONS =
      new IntentLabelingFunctions(IntentTaxonomy.packaged());
  private static final VoteCombiner COMBINER = new VoteCombiner(3.0);

  // Phrasings written for this test, not taken from the generator.
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "我的快递到哪了 三天了都没动, logistics_query",
    "物流一直没更新是怎么回事, logistics_query",
    "拍了好几天了怎么还不发货啊, urge_shipment",
    "麻烦尽快发货 急用, urge_shipment",
    "这个我不想要了 怎么申请退款, return_refund",
    "退款什么时候到账, return_refund",
    "衣服小了能换大一码吗, exchange",
    "你们发错颜色了 我要的是黑色, exchange",
    "身高170 体重130斤穿多大码, size_consult",
    "鞋子刚穿一次就开线了 什么质量, quality_complaint",
    "收到的杯子是碎的, quality_complaint",
    "可以开电子发票吗 抬头是公司, invoice",
    "满300减50的券怎么用不了, coupon",
    "地址填错了 帮我改一下地址, change_address",
    "付款一直失败 显示交易异常, payment_issue",
    "刚买就降价了 能退差价吗, price_protection",
    "吹风机开不了机 在保修期内, repair",
    "账号登录不了 收不到验证码, account_issue",
    "这款什么时候有货 一直显示缺货, restock",
    "这个面料是纯棉的吗, product_consult",
    "拍错了 帮我取消订单, order_cancel",
    "快递员态度太差了 不送上门, delivery_complaint",
    "说好的赠品没收到, gift",
    "积分怎么兑换优惠, membership_points",
    "空调什么时候上门安装, installation"
  })
  void typicalPhrasingsGetTheirIntent(String text, String intent) {
    assertThat(COMBINER.combine(FUNCTIONS.votes(text)).label()).isEqualTo(intent);
  }

  @Test
  void aLongerPhraseOfAnotherIntentShadowsAShorterWordInsideIt() {
    List<Vote> votes = FUNCTIONS.votes("退款到账了吗");

    assertThat(votes).extracting(Vote::label).doesNotContain("payment_issue");
  }

  @Test
  void textWithoutAnyCueGetsNoVote() {
    assertThat(FUNCTIONS.votes("好的")).isEmpty();
  }

  @Test
  void aTaxonomyNamingAnUnknownIntentIsRefused() throws Exception {
    var root =
        new ObjectMapper().readTree("{\"intents\":[{\"id\":\"teleport\",\"keywords\":[\"x\"]}]}");

    assertThatThrownBy(() -> IntentTaxonomy.parse(root, "t.json"))
        .hasMessageContaining("t.json")
        .hasMessageContaining("teleport");
  }
}
