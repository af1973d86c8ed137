package io.kefu.qa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "50元, 50",
        "一张5元券, 5",
        "200块钱, 200",
        "五十元, 50",
        "两百块, 200",
        "一千五百元, 1500",
        "3.5元, 4",
        "一些, none",
        "10个积分, none"
      })
  void amountsInYuanAreRead(String text, Long yuan) {
    assertThat(Amounts.yuanAfter(text, 0, 10)).isEqualTo(yuan);
  }
}
