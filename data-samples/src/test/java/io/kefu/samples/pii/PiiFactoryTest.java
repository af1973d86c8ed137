package io.kefu.samples.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.pii.IdCardChecksum;
import io.kefu.core.pii.Luhn;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PiiFactoryTest {

  private static final int DRAWS = 20_000;
  private final PiiFactory factory = new PiiFactory();

  @Test
  void knownIdCardAndCardNumbersCheckOut() {
    assertThat(IdCardChecksum.isValid("11010519491231002X")).isTrue();
    assertThat(IdCardChecksum.isValid("11010519491231002x")).isTrue();
    assertThat(IdCardChecksum.isValid("110105194912310021")).isFalse();
    assertThat(Luhn.isValid("4111111111111111")).isTrue();
    assertThat(Luhn.isValid("4111111111111112")).isFalse();
    assertThat(Luhn.checkDigit("411111111111111")).isEqualTo('1');
    assertThat(Luhn.checkDigit("7992739871")).isEqualTo('3');
  }

  @Test
  void idCardsHaveAValidCheckCharacterAPlausibleBirthDateAndAreNotLuhnValid() {
    SplittableRandom r = new SplittableRandom(1);
    LocalDate today = LocalDate.of(2026, 11, 1);
    for (int i = 0; i < DRAWS; i++) {
      String id = factory.idCard(r);
      assertThat(id).matches("[1-6]\\d{16}[\\dX]");
      assertThat(IdCardChecksum.isValid(id)).as(id).isTrue();
      LocalDate birth = LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
      assertThat(birth).isBetween(LocalDate.of(1950, 1, 1), today.minusYears(16));
      assertThat(id.endsWith("X") || !Luhn.isValid(id)).as(id).isTrue();
    }
  }

  @Test
  void bankCardsAreSixteenToNineteenLuhnValidDigitsThatAreNotIdNumbers() {
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < DRAWS; i++) {
      String card = factory.bankCard(r);
      assertThat(card).matches("\\d{16,19}");
      assertThat(Luhn.isValid(card)).as(card).isTrue();
      assertThat(card.length() == 18 && IdCardChecksum.isValid(card)).as(card).isFalse();
    }
  }

  @Test
  void orderNumbersAreSixteenToNineteenDigitsAndNeverLuhnValid() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < DRAWS; i++) {
      String order = factory.orderNo(r);
      assertThat(order).matches("[1-4]\\d{15,18}");
      assertThat(Luhn.isValid(order)).as(order).isFalse();
    }
  }

  @Test
  void mobilesLandlinesEmailsAndAddressesLookReal() {
    SplittableRandom r = new SplittableRandom(4);
    for (int i = 0; i < 2_000; i++) {
      assertThat(factory.mobile(r)).matches("1[3-9]\\d{9}");
      assertThat(factory.landline(r)).matches("(\\(0\\d{2,3}\\)|0\\d{2,3}[- ])[2-8]\\d{6,7}");
      assertThat(factory.email(r)).matches("[a-z0-9._]+@[a-z0-9.-]+\\.(com|net)");
      assertThat(factory.address(r)).matches(".*[市].*[区湖].*号.*(室|单元\\d+)");
    }
  }

  @Test
  void typedFormsKeepTheDigitsAndMaskedFormsHideTheMiddle() {
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 2_000; i++) {
      String mobile = factory.mobile(r);
      String typed = PiiWriting.asTyped(GeneratedPiiKind.PHONE, mobile, r);
      assertThat(asciiDigits(typed)).isEqualTo(mobile);
    }
    assertThat(PiiWriting.maskedMobile("13812345678")).isEqualTo("138****5678");
    assertThat(PiiWriting.maskedIdCard("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(PiiWriting.fullWidth("138a@")).isEqualTo("１３８ａ＠");
  }

  static String asciiDigits(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      }
    }
    return out.toString();
  }
}
