package io.kefu.train.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void expectedCalibrationErrorIsTheWeightedGapOfTheBins() {
    Calibration c = new Calibration(10);
    // bin 9: confidences 0.95, 0.93, 0.97, 0.95 (mean 0.95), 3 of 4 right
    c.add(0.95, true);
    c.add(0.93, true);
    c.add(0.97, true);
    c.add(0.95, false);
    // bin 3: confidences 0.32, 0.38 (mean 0.35), 1 of 2 right
    c.add(0.32, true);
    c.add(0.38, false);

    assertThat(c.count(9)).isEqualTo(4);
    assertThat(c.meanConfidence(9)).isCloseTo(0.95, within(1e-12));
    assertThat(c.accuracy(9)).isEqualTo(0.75);
    assertThat(c.count(3)).isEqualTo(2);
    double expected = 4 / 6.0 * Math.abs(0.75 - 0.95) + 2 / 6.0 * Math.abs(0.5 - 0.35);
    assertThat(c.expectedCalibrationError()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void perfectlyCalibratedBinsHaveNoError() {
    Calibration c = new Calibration(4);
    for (int i = 0; i < 10; i++) {
      c.add(0.6, i < 6);
    }

    assertThat(c.expectedCalibrationError()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aConfidenceOfOneFallsInTheLastBin() {
    Calibration c = new Calibration(10);
    c.add(1.0, false);
    c.add(0.0, false);

    assertThat(c.count(9)).isEqualTo(1);
    assertThat(c.count(0)).isEqualTo(1);
    assertThat(c.expectedCalibrationError()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void noPredictionsGiveNoError() {
    assertThat(new Calibration(10).expectedCalibrationError()).isZero();
    assertThat(new Calibration(10).accuracy(3)).isZero();
  }
}
