package io.kefu.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.taxonomy.Intent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrimaryIntentTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "other invoice return_refund, invoice",
    "coupon other,                coupon",
    "other other,                 other",
    "'',                          other",
  })
  void theFirstCustomerMessageNotOtherDecides(String intents, String expected) {
    List<Intent> sequence = new ArrayList<>();
    Arrays.stream(intents.trim().split(" "))
        .filter(id -> !id.isEmpty())
        .forEach(id -> sequence.add(Intent.parse(id)));

    Intent batch = PrimaryIntent.of(sequence);
    Intent streamed = null;
    for (Intent intent : sequence) {
      streamed = PrimaryIntent.next(streamed, intent);
    }

    assertThat(batch).isEqualTo(Intent.parse(expected));
    assertThat(streamed == null ? Intent.OTHER : streamed).isEqualTo(batch);
  }
}
