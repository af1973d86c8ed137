package io.kefu.core.pii;

import static io.kefu.core.pii.PiiType.ADDRESS;
import static io.kefu.core.pii.PiiType.BANK_CARD;
import static io.kefu.core.pii.PiiType.EMAIL;
import static io.kefu.core.pii.PiiType.ID_CARD;
import static io.kefu.core.pii.PiiType.ORDER_NO;
import static io.kefu.core.pii.PiiType.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PiiMaskerTextTest {

  private final PiiMasker masker = new PiiMasker();

  static Stream<Arguments> emails() {
    return Stream.of(
        arguments("glued to Chinese", "邮箱zhang.san@163.com谢谢", "邮箱[EMAIL]谢谢"),
        arguments("upper case, full stop after", "邮箱：ABC_123@qq.com。", "邮箱：[EMAIL]。"),
        arguments("ASCII full stop after", "发到abc@qq.com.", "发到[EMAIL]."),
        arguments("full-width", "邮箱ｚｈａｎｇ＠ｑｑ．ｃｏｍ", "邮箱[EMAIL]"),
        arguments("full-width at sign", "li.si＠example.com.cn", "[EMAIL]"),
        arguments("plus and subdomains", "zhang-san+shop@mail.example.com.cn", "[EMAIL]"),
        arguments("digits after the domain", "abc@163.com123", "[EMAIL]123"),
        arguments("numbers after the domain", "0@qq.com２45-6.7", "[EMAIL]２45-6.7"),
        arguments(
            "inside HTML",
            "<a href=\"mailto:abc@qq.com\">abc@qq.com</a>",
            "<a href=\"mailto:[EMAIL]\">[EMAIL]</a>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emails")
  void masksEmailAddresses(String form, String text, String masked) {
    MaskResult result = masker.mask(text);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(result.counts().keySet()).containsOnly(EMAIL);
  }

  static Stream<Arguments> addresses() {
    return Stream.of(
        arguments("地址：广东省深圳市南山区科技园南路88号", "地址：[ADDRESS]"),
        arguments("收货地址北京市朝阳区建国路93号万达广场3号楼1单元502室，请尽快发货", "收货地址[ADDRESS]，请尽快发货"),
        arguments("寄到上海徐汇区漕溪北路1200弄3号", "寄到[ADDRESS]"),
        arguments("浙江省杭州市余杭区仓前街道文一西路969号", "[ADDRESS]"),
        arguments("杭州西湖区文三路478号华星时代广场A座1201", "[ADDRESS]"),
        arguments("四川省成都市武侯区人民南路四段12号", "[ADDRESS]"),
        arguments("天津市和平区南京路189号", "[ADDRESS]"),
        arguments("新疆维吾尔自治区乌鲁木齐市天山区解放南路88号", "[ADDRESS]"),
        arguments("湖南省长沙县黄花镇新桥村3组", "[ADDRESS]"),
        arguments("广东省 深圳市 南山区 科技园南路 88号", "[ADDRESS]"),
        arguments("深圳市福田区福华三路", "[ADDRESS]"),
        arguments("我住在阳光花园3栋2单元601", "我住在[ADDRESS]"),
        arguments("<p>地址：江苏省南京市鼓楼区中山路321号</p>", "<p>地址：[ADDRESS]</p>"),
        arguments("收件人张三，13812345678，浙江省杭州市西湖区文三路478号", "收件人张三，[PHONE]，[ADDRESS]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addresses")
  void masksChineseAddressesFromTheFirstAreaToTheRoom(String text, String masked) {
    MaskResult result = masker.mask(text);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(result.count(ADDRESS)).isEqualTo(1);
  }

  static Stream<String> ordinaryWords() {
    return Stream.of(
        "这个区别很大",
        "市场价1299元",
        "手机号码多少",
        "我在一号店买的",
        "11月1号发货，1号2号都可以",
        "我不知道3号能不能到",
        "5楼3楼都有",
        "楼下有快递柜",
        "客服中心几点下班",
        "广东省深圳市",
        "北京市朝阳区",
        "您好，亲~ 在吗？😊",
        "质量太差了，我要投诉！！");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordinaryWords")
  void leavesOrdinaryWordsAndBareCitiesAlone(String text) {
    assertThat(masker.mask(text)).isEqualTo(MaskResult.unchanged(text));
  }

  @Test
  void countsEveryValueByType() {
    String text =
        "电话13812345678或010-62345678，邮箱a@b.cn，身份证11010519491231002X，"
            + "卡号6222021234567890128，订单号2026110112345678，地址北京市海淀区中关村大街27号";

    MaskResult result = masker.mask(text);

    assertThat(result.counts())
        .isEqualTo(Map.of(PHONE, 2, EMAIL, 1, ID_CARD, 1, BANK_CARD, 1, ORDER_NO, 1, ADDRESS, 1));
    assertThat(result.total()).isEqualTo(7);
    assertThat(result.text())
        .isEqualTo(
            "电话[PHONE]或[PHONE]，邮箱[EMAIL]，身份证[ID_CARD]，"
                + "卡号[BANK_CARD]，订单号[ORDER_NO]，地址[ADDRESS]");
  }

  static Stream<String> maskedTexts() {
    return Stream.concat(
        Stream.concat(
            PiiMaskerNumbersTest.mobileNumbers().map(a -> (String) a.get()[1]),
            Stream.concat(PiiMaskerNumbersTest.idCards(), PiiMaskerNumbersTest.cardsAndOrders())
                .map(a -> (String) a.get()[1])),
        addresses().map(a -> (String) a.get()[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maskedTexts")
  void maskingMaskedTextChangesNothing(String text) {
    MaskResult once = masker.mask(text);

    MaskResult twice = masker.mask(once.text());

    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(twice.changed()).isFalse();
  }

  @Test
  void placeholdersInTheInputAreNeverMaskedAgain() {
    String text = "[PHONE]号楼[ADDRESS]3号楼1单元 [ORDER_NO]";

    assertThat(masker.mask(text).text()).isEqualTo("[PHONE]号楼[ADDRESS][ADDRESS] [ORDER_NO]");
  }

  @Test
  void nullAndEmptyTextGiveEmptyUnchangedResults() {
    assertThat(masker.mask(null)).isEqualTo(MaskResult.unchanged(""));
    assertThat(masker.mask("")).isEqualTo(MaskResult.unchanged(""));
  }
}
