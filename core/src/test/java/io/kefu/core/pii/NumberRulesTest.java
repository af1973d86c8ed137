package io.kefu.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberRulesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "11010519491231002x, true",
    "440306199003071232, true",
    "510107200002290037, true",
    "440306199003071233, false",
    "440306199013071236, false",
    "440306199002301235, false",
    "940306199003071239, false",
    "110105491231002, true",
    "110105491331002, false",
    "11010519491231002, false"
  })
  void idCardNeedsChecksumAndBirthDate(String digits, boolean valid) {
    assertThat(NumberRules.isIdCard(digits.toCharArray(), 0, digits.length())).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "6222021234567890128, true",
    "6228480012345671, true",
    "4367421234567896, true",
    "6228480012345672, false",
    "0228480012345671, false",
    "622848001234567, false",
    "62220212345678901280, false"
  })
  void cardNumberNeedsLuhnAnd16To19Digits(String digits, boolean valid) {
    assertThat(NumberRules.isCardNumber(digits.toCharArray(), 0, digits.length())).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "13812345678, true",
    "19912345678, true",
    "12812345678, false",
    "23812345678, false",
    "1381234567, false"
  })
  void mobileIsElevenDigitsStartingOneThreeToNine(String digits, boolean valid) {
    assertThat(NumberRules.isMobile(digits.toCharArray(), 0, digits.length())).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "01062345678, true",
    "0216438776, true",
    "075523456789, true",
    "07552345678, true",
    "0755234567, false",
    "00862345678, false",
    "13812345678, false"
  })
  void fusedLandlineHasAreaCodeAndSevenOrEightDigits(String digits, boolean valid) {
    assertThat(NumberRules.isFusedLandline(digits.toCharArray(), 0, digits.length()))
        .isEqualTo(valid);
  }
}
