package io.kefu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.pii.PiiMasker;
import io.kefu.core.pii.PiiType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPreparationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "我的手机是13812345678，请回电",
        "Email ME: Zhang.San@Example.COM",
        "订单号 202401150000123456 还没发货",
        "寄到 北京市朝阳区建国路88号院3号楼",
        "身份证 110101199003074514",
        "<p>你好&nbsp;在吗？</p>",
        "ＨＥＬＬＯ　１３８ １２３４ ５６７８",
        "好评👍🏻😊",
        "already [PHONE] and [phone] and [Order_No]",
        "&amp;lt;b&amp;gt;粗体&amp;lt;/b&amp;gt;",
        "价格<100元 & 运费>5元",
        ""
      })
  void preparingPreparedTextChangesNothing(String raw) {
    String once = TextPreparation.prepare(raw);

    assertThat(TextPreparation.prepare(once)).isEqualTo(once);
  }

  @Test
  void aPhoneNumberAndItsPlaceholderPrepareTheSame() {
    String raw = "我的电话是 138-1234-5678 快点回复";

    assertThat(TextPreparation.prepare(raw))
        .isEqualTo(TextPreparation.prepare("我的电话是 [PHONE] 快点回复"))
        .isEqualTo(TextPreparation.prepare("我的电话是 [phone] 快点回复"))
        .isEqualTo("我的电话是 [PHONE] 快点回复");
  }

  @Test
  void preparesAsTheIngestJobDidNormaliseThenMask() {
    String raw = "<b>ＶＩＰ</b> 客户，手机１３８１２３４５６７８，邮箱 A@B.cn";
    String ingested = new PiiMasker().mask(new TextNormalizer().normalize(raw)).text();

    assertThat(TextPreparation.prepare(raw)).isEqualTo(ingested);
  }

  @Test
  void countsWhatWasMasked() {
    var result = TextPreparation.prepareCounted("电话 13812345678 或 13987654321");

    assertThat(result.count(PiiType.PHONE)).isEqualTo(2);
    assertThat(result.text()).isEqualTo("电话 [PHONE] 或 [PHONE]");
  }

  @Test
  void nullIsEmpty() {
    assertThat(TextPreparation.prepare(null)).isEmpty();
  }
}
