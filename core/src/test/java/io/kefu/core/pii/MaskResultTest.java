package io.kefu.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskResultTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "PHONE, phone, [PHONE]",
    "ID_CARD, id_card, [ID_CARD]",
    "BANK_CARD, bank_card, [BANK_CARD]",
    "EMAIL, email, [EMAIL]",
    "ADDRESS, address, [ADDRESS]",
    "ORDER_NO, order_no, [ORDER_NO]"
  })
  void everyTypeHasAWireNameAndPlaceholder(PiiType type, String wireName, String placeholder) {
    assertThat(type.wireName()).isEqualTo(wireName);
    assertThat(type.placeholder()).isEqualTo(placeholder);
    assertThat(PiiType.fromWire(wireName)).isEqualTo(type);
  }

  @Test
  void countsKeepOnlyPositiveValuesAndCannotBeChanged() {
    Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    counts.put(PiiType.PHONE, 2);
    counts.put(PiiType.EMAIL, 0);

    MaskResult result = new MaskResult("x", counts);
    counts.put(PiiType.ADDRESS, 1);

    assertThat(result.counts()).isEqualTo(Map.of(PiiType.PHONE, 2));
    assertThat(result.count(PiiType.EMAIL)).isZero();
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.changed()).isTrue();
    assertThatThrownBy(() -> result.counts().put(PiiType.EMAIL, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> new MaskResult("x", Map.of(PiiType.PHONE, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unchangedTextHasNoCounts() {
    MaskResult result = MaskResult.unchanged("你好");

    assertThat(result.counts()).isEmpty();
    assertThat(result.changed()).isFalse();
    assertThat(result.total()).isZero();
  }
}
