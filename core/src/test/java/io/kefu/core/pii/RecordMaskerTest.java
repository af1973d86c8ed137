package io.kefu.core.pii;

import static io.kefu.core.pii.PiiType.BANK_CARD;
import static io.kefu.core.pii.PiiType.EMAIL;
import static io.kefu.core.pii.PiiType.PHONE;
import static io.kefu.core.pii.PiiType.TAX_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecordMaskerTest {

  // Identifiers that PiiMasker alone reads as order numbers (12+ digits, letters glued on).
  private static final String IDS =
      "\"event_id\":\"20261101123456789\",\"session_id\":\"S202611010000123456\","
          + "\"customer_id\":\"u13800000000123\",\"agent_id\":\"A100200300400\"";

  private final RecordMasker masker = new RecordMasker();

  @Test
  void keepsIdentifiersTimestampsAndEnumsAndMasksTheText() {
    String line =
        "{"
            + IDS
            + ",\"type\":\"message\",\"channel\":\"fax\",\"ts\":\"2026-02-30T09:52:48+08:00\","
            + "\"role\":\"customer\",\"text\":\"我的手机13812345678，税号91330100MA2B3C4D5E\"}";

    MaskResult result = masker.mask(line);

    assertThat(result.text())
        .isEqualTo(
            line.replace("13812345678", "[PHONE]").replace("91330100MA2B3C4D5E", "[TAX_ID]"));
    assertThat(result.counts()).isEqualTo(Map.of(PHONE, 1, TAX_ID, 1));
  }

  @Test
  void keepsATimestampWrittenAsANumberAndARating() {
    String line =
        "{" + IDS + ",\"type\":\"csat\",\"channel\":\"app\",\"ts\":1762001234567,\"rating\":\"5\"}";

    MaskResult result = masker.mask(line);

    assertThat(result.text()).isEqualTo(line);
    assertThat(result.changed()).isFalse();
  }

  static Stream<Arguments> freeTextValues() {
    return Stream.of(
        arguments(
            "text as a number",
            "{\"event_id\":\"e1\",\"text\":13812345678}",
            "{\"event_id\":\"e1\",\"text\":\"[PHONE]\"}",
            PHONE),
        arguments(
            "an unknown field",
            "{\"session_id\":\"s1\",\"note\":\"卡号6228480012345671\"}",
            "{\"session_id\":\"s1\",\"note\":\"卡号[BANK_CARD]\"}",
            BANK_CARD),
        arguments(
            "a nested object, even under an identifier's name",
            "{\"session_id\":\"s1\",\"extra\":{\"session_id\":\"zhang.san@163.com\"}}",
            "{\"session_id\":\"s1\",\"extra\":{\"session_id\":\"[EMAIL]\"}}",
            EMAIL),
        arguments(
            "an array",
            "{\"customer_id\":\"c1\",\"tags\":[\"vip\",\"13812345678\"]}",
            "{\"customer_id\":\"c1\",\"tags\":[\"vip\",\"[PHONE]\"]}",
            PHONE),
        arguments(
            "an identifier that is a phone number",
            "{\"customer_id\":\"13812345678\",\"session_id\":\"s1\"}",
            "{\"customer_id\":\"[PHONE]\",\"session_id\":\"s1\"}",
            PHONE),
        arguments(
            "escaped text",
            "{\"event_id\":\"e1\",\"text\":\"\\\"\\u6211\\\" 13812345678\"}",
            "{\"event_id\":\"e1\",\"text\":\"\\\"我\\\" [PHONE]\"}",
            PHONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("freeTextValues")
  void masksPersonalDataInEveryFreeTextValue(
      String name, String line, String masked, PiiType type) {
    MaskResult result = masker.mask(line);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(result.counts()).isEqualTo(Map.of(type, 1));
  }

  static Stream<Arguments> brokenLines() {
    return Stream.of(
        arguments("not JSON", "手机13812345678 单号20261101123456789", "手机[PHONE] 单号[ORDER_NO]"),
        arguments(
            "a CSV row", "20261101123456789,message,13812345678", "[ORDER_NO],message,[PHONE]"),
        arguments(
            "truncated inside the text",
            "{\"session_id\":\"S202611010000123456\",\"text\":\"电话13812345678",
            "{\"session_id\":\"S202611010000123456\",\"text\":\"电话[PHONE]"),
        arguments(
            "a broken separator",
            "{\"session_id\":\"S202611010000123456\",\"type\"=\"message\",\"text\":\"13812345678\"}",
            "{\"session_id\":\"S202611010000123456\",\"type\"=\"message\",\"text\":\"[PHONE]\"}"),
        arguments(
            "trailing words",
            "{\"session_id\":\"S202611010000123456\"} 电话 138 1234 5678",
            "{\"session_id\":\"S202611010000123456\"} 电话 [PHONE]"),
        arguments(
            "two objects",
            "{\"session_id\":\"S202611010000123456\"}{\"text\":\"13812345678\"}",
            "{\"session_id\":\"S202611010000123456\"}{\"text\":\"[PHONE]\"}"),
        arguments(
            "a phone number split over tokens",
            "{\"customer_id\":\"c1\",\"x\":138 1234 5678}",
            "{\"customer_id\":\"c1\",\"x\":[PHONE]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenLines")
  void masksWhatCannotBeParsedAsText(String name, String line, String masked) {
    MaskResult result = masker.mask(line);

    assertThat(result.text()).isEqualTo(masked);
    assertThat(PiiMasker.containsUnmaskedSensitiveNumber(result.text())).isFalse();
  }

  @Test
  void nullIsEmptyAndUnchanged() {
    assertThat(masker.mask(null)).isEqualTo(MaskResult.unchanged(""));
  }
}
