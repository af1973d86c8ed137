package io.kefu.metrics.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SinkSettingsTest {

  @Test
  void defaultsBatch20000RowsOrOneSecondAndRetryForever() {
    SinkSettings defaults = SinkSettings.defaults();

    assertThat(defaults.batchRows()).isEqualTo(20_000);
    assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.firstBackoff()).isEqualTo(Duration.ofMillis(200));
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.retriesForever()).isTrue();
    assertThat(defaults.withGiveUpAfter(Duration.ofMinutes(5)).retriesForever()).isFalse();
  }

  @Test
  void badValuesAreRefusedNamingTheSetting() {
    SinkSettings d = SinkSettings.defaults();

    assertThatThrownBy(() -> d.withBatchRows(0)).hasMessageContaining("batch rows");
    assertThatThrownBy(() -> d.withMaxDelay(Duration.ZERO)).hasMessageContaining("max delay");
    assertThatThrownBy(() -> d.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("max back-off");
    assertThatThrownBy(() -> d.withGiveUpAfter(Duration.ofSeconds(-1)))
        .hasMessageContaining("give-up time");
  }
}
