package io.kefu.core.pii;

import static io.kefu.core.pii.PiiType.BANK_CARD;
import static io.kefu.core.pii.PiiType.ID_CARD;
import static io.kefu.core.pii.PiiType.ORDER_NO;
import static io.kefu.core.pii.PiiType.PHONE;
import static io.kefu.core.pii.PiiType.TAX_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PiiMaskerNumbersTest {

  private final PiiMasker masker = new PiiMasker();

  static Stream<Arguments> mobileNumbers() {
    return Stream.of(
        arguments("plain, glued to Chinese", "我的电话13812345678谢谢", "我的电话[PHONE]谢谢"),
        arguments("3-4-4 with spaces", "电话：138 1234 5678", "电话：[PHONE]"),
        arguments("3-4-4 with dashes", "电话 138-1234-5678", "电话 [PHONE]"),
        arguments("spaced dashes", "138 - 1234 - 5678", "[PHONE]"),
        arguments("dots", "138.1234.5678", "[PHONE]"),
        arguments("7-4 split", "1381234 5678", "[PHONE]"),
        arguments("full-width digits and space", "手机１３８　１２３４　５６７８", "手机[PHONE]"),
        arguments("full-width dashes", "１３８－１２３４－５６７８。", "[PHONE]。"),
        arguments("mixed widths", "１３８-1234-５６７８", "[PHONE]"),
        arguments("+86 and spaces", "+86 138 1234 5678", "[PHONE]"),
        arguments("+86 dash", "+86-13812345678", "[PHONE]"),
        arguments("86- prefix", "86-138-1234-5678", "[PHONE]"),
        arguments("0086 prefix", "0086 13812345678", "[PHONE]"),
        arguments("fused 86", "8613812345678", "[PHONE]"),
        arguments("fused +86", "tel:+8613812345678", "tel:[PHONE]"),
        arguments("fused +86 then groups", "+86138 1234 5678", "[PHONE]"),
        arguments("bracketed +86", "(+86)13812345678", "[PHONE]"),
        arguments("full-width +86", "＋８６　１３８１２３４５６７８", "[PHONE]"),
        arguments("inside HTML", "<p>电话：<b>13812345678</b></p>", "<p>电话：<b>[PHONE]</b></p>"),
        arguments("split by tags", "138<br>1234<br>5678", "[PHONE]"),
        arguments("split by &nbsp;", "138&nbsp;1234&nbsp;5678", "[PHONE]"),
        arguments("text in angle brackets is no tag", "86<x13812345678>", "86<x[PHONE]>"),
        arguments(
            "in a tel: link",
            "<a href=\"tel:13812345678\">拨打</a>",
            "<a href=\"tel:[PHONE]\">拨打</a>"),
        arguments("Chinese numerals", "电话一三八一二三四五六七八", "电话[PHONE]"),
        arguments("after a date", "2026-11-01 13812345678", "2026-11-01 [PHONE]"),
        arguments("after a quantity", "数量3 13812345678", "数量3 [PHONE]"),
        arguments("two in a row", "13812345678 13912345678", "[PHONE] [PHONE]"),
        arguments("two with slash", "13812345678/13912345678", "[PHONE]/[PHONE]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mobileNumbers")
  void masksMobileNumbersInEveryWrittenForm(String form, String text, String masked) {
    MaskResult result = masker.mask(text);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(result.counts().keySet()).containsOnly(PHONE);
  }

  static Stream<Arguments> landlines() {
    return Stream.of(
        arguments("dash", "座机010-62345678", "座机[PHONE]"),
        arguments("brackets", "座机(010)62345678", "座机[PHONE]"),
        arguments("full-width brackets", "（０７５５）２３４５６７８９", "[PHONE]"),
        arguments("four-digit area", "0755-23456789", "[PHONE]"),
        arguments("grouped local number", "０２１－６４３８ ７７６６", "[PHONE]"),
        arguments("spaces", "0755 2345 6789", "[PHONE]"),
        arguments("fused", "电话01062345678", "电话[PHONE]"),
        arguments("extension 转", "0755-23456789转123", "[PHONE]"),
        arguments("extension 转 spaced", "0755-23456789 转 8001，谢谢", "[PHONE]，谢谢"),
        arguments("extension by dash", "电话：010-62345678-8001", "电话：[PHONE]"),
        arguments("extension ext", "021-64387766 ext. 12", "[PHONE]"),
        arguments("+86 without trunk zero", "+86 10 6234 5678", "[PHONE]"),
        arguments("+86 four-digit area", "+86-755-23456789", "[PHONE]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("landlines")
  void masksLandlinesWithAreaCodeAndExtensionAsPhone(String form, String text, String masked) {
    MaskResult result = masker.mask(text);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(result.counts()).isEqualTo(Map.of(PHONE, 1));
  }

  static Stream<Arguments> idCards() {
    return Stream.of(
        arguments("ID card plain", "身份证440306199003071232", "身份证[ID_CARD]", ID_CARD),
        arguments("ID card with X", "身份证11010519491231002X。", "身份证[ID_CARD]。", ID_CARD),
        arguments("ID card with lower-case x", "11010519491231002x", "[ID_CARD]", ID_CARD),
        arguments("ID card 6-8-4", "证件号 110105 19491231 002X", "证件号 [ID_CARD]", ID_CARD),
        arguments("ID card dashed", "110105-19491231-002X", "[ID_CARD]", ID_CARD),
        arguments("ID card full-width", "１１０１０５１９４９１２３１００２Ｘ", "[ID_CARD]", ID_CARD),
        arguments("ID card leap day", "510107200002290037", "[ID_CARD]", ID_CARD),
        arguments("legacy 15-digit ID", "老身份证110105491231002", "老身份证[ID_CARD]", ID_CARD),
        arguments("checksum-invalid 18 digits", "身份证440306199003071233", "身份证[ORDER_NO]", ORDER_NO),
        arguments("ID with impossible date", "440306199013071236", "[ORDER_NO]", ORDER_NO),
        arguments("ID with 30 February", "440306199002301235", "[ORDER_NO]", ORDER_NO));
  }

  static Stream<Arguments> cardsAndOrders() {
    return Stream.of(
        arguments("bank card 19 digits", "银行卡6222021234567890128", "银行卡[BANK_CARD]", BANK_CARD),
        arguments(
            "bank card groups of 4", "卡号 6222 0212 3456 7890 128", "卡号 [BANK_CARD]", BANK_CARD),
        arguments("bank card dashed", "4367-4212-3456-7896", "[BANK_CARD]", BANK_CARD),
        arguments("bank card full-width", "６２２８４８００１２３４５６７１", "[BANK_CARD]", BANK_CARD),
        arguments(
            "card word beats order word",
            "订单退款到卡号6228480012345671",
            "订单退款到卡号[BANK_CARD]",
            BANK_CARD),
        arguments(
            "card with a mistyped check digit",
            "卡号6228-4800-1234-5672",
            "卡号[BANK_CARD]",
            BANK_CARD),
        arguments("Luhn-valid number after 订单号", "订单号2026110112345676", "订单号[ORDER_NO]", ORDER_NO),
        arguments(
            "Luhn-invalid 16 digits after 订单号", "订单号 1234567890123456", "订单号 [ORDER_NO]", ORDER_NO),
        arguments("13-digit timestamp near 订单", "订单号：1730419200123", "订单号：[ORDER_NO]", ORDER_NO),
        arguments(
            "grouped order number", "我订单号是 2026 1101 1234 5678", "我订单号是 [ORDER_NO]", ORDER_NO),
        arguments(
            "order number in a sentence", "您的订单123456789012已发货", "您的订单[ORDER_NO]已发货", ORDER_NO),
        arguments("letters and digits", "订单DD20261101123456", "订单[ORDER_NO]", ORDER_NO),
        arguments("JD order id", "京东单号JD123456789012", "京东单号[ORDER_NO]", ORDER_NO),
        arguments("waybill", "运单号SF1234567890", "运单号[ORDER_NO]", ORDER_NO),
        arguments("No. prefix", "No.20261101123456", "No.[ORDER_NO]", ORDER_NO),
        arguments("bare long number", "1730419200000", "[ORDER_NO]", ORDER_NO),
        arguments("12 digits are no mobile", "138123456789", "[ORDER_NO]", ORDER_NO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"idCards", "cardsAndOrders"})
  void masksIdCardsBankCardsAndOrderNumbersByType(
      String form, String text, String masked, PiiType type) {
    MaskResult result = masker.mask(text);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(result.counts()).isEqualTo(Map.of(type, 1));
  }

  // Unified social credit codes (税号): 18 characters, the 2nd to 8th digits (category, region).
  static Stream<Arguments> taxIds() {
    return Stream.of(
        arguments("after 税号", "税号91330100MA2B3C4D5E", "税号[TAX_ID]", TAX_ID),
        arguments(
            "glued to Chinese on both sides",
            "公司税号91330106MA2H3K8L2Q请开票",
            "公司税号[TAX_ID]请开票",
            TAX_ID),
        arguments(
            "lower case, as users type it", "税号是91310115ma1k4fq27x，谢谢", "税号是[TAX_ID]，谢谢", TAX_ID),
        arguments("full-width", "税号：９１３３０１００ＭＡ２Ｂ３Ｃ４Ｄ５Ｅ。", "税号：[TAX_ID]。", TAX_ID),
        arguments("only its check character a letter", "91110000802100433B", "[TAX_ID]", TAX_ID),
        arguments("in HTML", "<b>91440300MA5G9RLW3B</b>", "<b>[TAX_ID]</b>", TAX_ID),
        arguments(
            "in an English sentence",
            "tax id 91330100MA2B3C4D5E thanks",
            "tax id [TAX_ID] thanks",
            TAX_ID),
        arguments(
            "a letter code glued to a long number is one order number",
            "订单DD20261101123456abc9号",
            "订单[ORDER_NO]号",
            ORDER_NO),
        arguments(
            "19 characters are no tax id but still one token",
            "编号91330100MA2B3C4D5E6，",
            "编号[ORDER_NO]，",
            ORDER_NO),
        arguments(
            "letters, digits and letters after eight digits",
            "单号91330100mab30n2jl到了吗",
            "单号[ORDER_NO]到了吗",
            ORDER_NO),
        arguments("a tracking number", "圆通YT1234567890123456", "圆通[ORDER_NO]", ORDER_NO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taxIds")
  void masksTaxIdsAndLetterDigitTokensWhole(String form, String text, String masked, PiiType type) {
    MaskResult result = masker.mask(text);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(result.counts()).isEqualTo(Map.of(type, 1));
  }

  static Stream<String> numbersThatAreNotPersonal() {
    return Stream.of(
        "价格¥1299，数量2件",
        "日期2026-11-01 10:30",
        "13:00-14:00 有人吗",
        "金额12,345,678.00元",
        "满199减20，优惠券3张",
        "手机尾号5678，身份证后四位1234",
        "验证码123456",
        "138****5678",
        "客服热线400-800-8888",
        "发货时间1730419200",
        "重量1.5kg，尺码42",
        "IP 192.168.1.100",
        "1381234567",
        "型号iPhone15ProMax 256GB",
        "SKU AB12CD34EF");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbersThatAreNotPersonal")
  void leavesPricesDatesTimesQuantitiesAndShortNumbersAlone(String text) {
    MaskResult result = masker.mask(text);

    assertThat(result.text()).isEqualTo(text);
    assertThat(result.changed()).isFalse();
  }
}
