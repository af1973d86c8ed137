package io.kefu.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kefu.core.text.TextNormalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextUnitsTest {

  private static final String EMOJI = TextNormalizer.EMOJI_TOKEN;

  private final TextUnits units = new TextUnits(256);

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("each Chinese character is a unit", "我要退款", List.of("我", "要", "退", "款")),
        arguments("a digit run collapses to 0", "订单123456号", List.of("订", "单", "0", "号")),
        arguments("each digit run is its own 0", "12.5元", List.of("0", ".", "0", "元")),
        arguments("a Latin run is one lower-case unit", "iPhone很好", List.of("iphone", "很", "好")),
        arguments("letters then digits split", "iPhone15 Pro", List.of("iphone", "0", "pro")),
        arguments("full-width letters are Latin", "ＡＢＣ快递", List.of("abc", "快", "递")),
        arguments("a PII mask is one unit", "电话[PHONE]谢谢", List.of("电", "话", "[phone]", "谢", "谢")),
        arguments("a mask with underscore", "[ID_CARD]号", List.of("[id_card]", "号")),
        arguments("a bracket that is no mask", "[abc 好", List.of("[", "abc", "好")),
        arguments("empty brackets are punctuation", "[]", List.of("[", "]")),
        arguments("an emoji with skin tone is one unit", "好评👍🏻", List.of("好", "评", EMOJI)),
        arguments(
            "an emoji with variation selector is one unit", "爱你❤\uFE0F", List.of("爱", "你", EMOJI)),
        arguments("a ZWJ family emoji is one unit", "👨\u200D👩\u200D👧家", List.of(EMOJI, "家")),
        arguments(
            "spaces, tabs and newlines are dropped", "你 好\t啊\n吗", List.of("你", "好", "啊", "吗")),
        arguments("punctuation is a unit", "好的！", List.of("好", "的", "!")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitsAMessageIntoUnits(String rule, String raw, List<String> expected) {
    assertThat(units.of(raw)).containsExactlyElementsOf(expected);
  }

  @Test
  void numbersOfAnyValueGiveTheSameUnits() {
    assertThat(units.of("退款99元")).isEqualTo(units.of("退款1234567元"));
  }

  @Test
  void nullAndBlankGiveNoUnits() {
    assertThat(units.of(null)).isEmpty();
    assertThat(units.of(" \t\n ")).isEmpty();
  }

  @Test
  void atMostMaxUnitsAreKeptFromTheStart() {
    TextUnits three = new TextUnits(3);

    assertThat(three.of("一二三四五")).containsExactly("一", "二", "三");
    assertThat(three.of("ab 12 cd ef")).containsExactly("ab", "0", "cd");
  }

  @Test
  void maxUnitsMustBePositive() {
    assertThatThrownBy(() -> new TextUnits(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxUnits");
  }
}
