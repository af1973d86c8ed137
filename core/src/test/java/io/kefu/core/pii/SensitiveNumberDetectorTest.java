package io.kefu.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SensitiveNumberDetectorTest {

  private final PiiMasker masker = new PiiMasker();

  static Stream<String> unmaskedForms() {
    return Stream.of(
        "我的电话13812345678谢谢",
        "138 1234 5678",
        "138-1234-5678",
        "138.1234.5678",
        "１３８　１２３４　５６７８",
        "+86 138 1234 5678",
        "8613812345678",
        "+86138 1234 5678",
        "<b>138</b>1234<b>5678</b>",
        "138&nbsp;1234&nbsp;5678",
        "一三八一二三四五六七八",
        "身份证11010519491231002X",
        "110105 19491231 002X",
        "１１０１０５１９４９１２３１００２ｘ",
        "卡号6222021234567890128",
        "6222 0212 3456 7890 128",
        "4367-4212-3456-7896",
        "订单号6222021234567890128");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unmaskedForms")
  void findsEveryUnmaskedForm(String text) {
    assertThat(PiiMasker.containsUnmaskedSensitiveNumber(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unmaskedForms")
  void findsNothingOnceMasked(String text) {
    assertThat(PiiMasker.containsUnmaskedSensitiveNumber(masker.mask(text).text())).isFalse();
  }

  static Stream<String> harmlessNumbers() {
    return Stream.of(
        "价格¥1299，日期2026-11-01 10:30",
        "138****5678",
        "1381234567",
        "23812345678",
        "138123456789",
        "身份证440306199003071233",
        "6228480012345672",
        "[PHONE] [ID_CARD] [BANK_CARD]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("harmlessNumbers")
  void ignoresNumbersThatAreNoMobileIdOrCard(String text) {
    assertThat(PiiMasker.containsUnmaskedSensitiveNumber(text)).isFalse();
  }

  @Test
  void maskedRandomTextHoldsNoSensitiveNumberAndMasksToItself() {
    Random random = new Random(20261101);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);

      String masked = masker.mask(text).text();

      assertThat(PiiMasker.containsUnmaskedSensitiveNumber(masked)).as(text).isFalse();
      assertThat(masker.mask(masked).text()).as(text).isEqualTo(masked);
    }
  }

  // Digits of both widths, separators, markup, context words and whole PII values, shuffled.
  private static String randomText(Random random) {
    String chars = "01234567890123456789０１２３４５６７８９ -.()（）－+xX@ab订单号卡电话市区路号楼室&<>/，一三八";
    String[] pieces = {
      "&nbsp;",
      "<br>",
      "</b>",
      "+86",
      "0086",
      "订单号",
      "卡号",
      "13812345678",
      "11010519491231002X",
      "6222021234567890128",
      "@qq.com"
    };
    StringBuilder text = new StringBuilder();
    int length = 10 + random.nextInt(60);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(12) == 0) {
        text.append(pieces[random.nextInt(pieces.length)]);
      } else {
        text.append(chars.charAt(random.nextInt(chars.length())));
      }
    }
    return text.toString();
  }

  @Test
  void nullHoldsNothing() {
    assertThat(PiiMasker.containsUnmaskedSensitiveNumber(null)).isFalse();
  }
}
