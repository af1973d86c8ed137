package io.kefu.dags.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftTest {

  @Test
  void theSameMixDoesNotDriftAndAShiftedOneDoes() {
    Map<String, Long> reference = Map.of("logistics", 500L, "refund", 300L, "complaint", 200L);
    assertThat(Drift.psi(reference, Map.of("logistics", 50L, "refund", 30L, "complaint", 20L)))
        .isCloseTo(0, within(1e-12));
    // a spike of complaints: 20 % → 50 %
    double psi = Drift.psi(reference, Map.of("logistics", 30L, "refund", 20L, "complaint", 50L));
    assertThat(psi).isGreaterThan(0.25);
    // 0.5·ln(5/5)... by hand: (0.3-0.5)ln(0.6)+(0.2-0.3)ln(2/3)+(0.5-0.2)ln(2.5)
    assertThat(psi)
        .isCloseTo(
            -0.2 * Math.log(0.6) - 0.1 * Math.log(2.0 / 3) + 0.3 * Math.log(2.5), within(1e-9));
  }

  @Test
  void aNewCategoryCountsAsALargeMoveNotInfinity() {
    double psi = Drift.psi(Map.of("a", 100L), Map.of("a", 90L, "new", 10L));
    assertThat(psi).isFinite().isGreaterThan(0.25);
    assertThat(Drift.psi(Map.of(), Map.of("a", 1L))).isZero();
  }
}
