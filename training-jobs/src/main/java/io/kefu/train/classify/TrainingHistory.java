package io.kefu.train.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How a training run went: the validation macro-F1 and time of each epoch, and the outcome. */
public final class TrainingHistory {

  /** One epoch: its number, validation macro-F1 and seconds. */
  public record Epoch(int epoch, double validationMacroF1, double seconds) {}

  private final List<Epoch> epochs = new ArrayList<>();
  private int vocabularySize;
  private double seconds;
  private double temperature;
  private double fallbackThreshold;

  void epoch(int epoch, double f1, double secs) {
    epochs.add(new Epoch(epoch, f1, secs));
  }

  void finish(int vocabulary, double totalSeconds, ClassifierHead head) {
    this.vocabularySize = vocabulary;
    this.seconds = totalSeconds;
    this.temperature = head.temperature();
    this.fallbackThreshold = head.fallbackThreshold();
  }

  public List<Epoch> epochs() {
    return Collections.unmodifiableList(epochs);
  }

  /** The epoch whose weights were kept. */
  public int bestEpoch() {
    Epoch best = epochs.get(0);
    for (Epoch e : epochs) {
      if (e.validationMacroF1() > best.validationMacroF1()) {
        best = e;
      }
    }
    return best.epoch();
  }

  public int vocabularySize() {
    return vocabularySize;
  }

  public double seconds() {
    return seconds;
  }

  public double temperature() {
    return temperature;
  }

  public double fallbackThreshold() {
    return fallbackThreshold;
  }
}
