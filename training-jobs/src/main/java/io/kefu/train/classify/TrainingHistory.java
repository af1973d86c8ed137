package io.kefu.train.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * How a training run went: the validation macro-F1 and time of each epoch of each member network,
 * and the outcome.
 */
public final class TrainingHistory {

  /** One epoch of one member (both counted from 1): its validation macro-F1 and seconds. */
  public record Epoch(int member, int epoch, double validationMacroF1, double seconds) {}

  private final List<Epoch> epochs = new ArrayList<>();
  private int vocabularySize;
  private double seconds;
  private double temperature;
  private double fallbackThreshold;

  synchronized void epoch(int member, int epoch, double f1, double secs) {
    epochs.add(new Epoch(member, epoch, f1, secs));
  }

  void finish(int vocabulary, double totalSeconds, ClassifierHead head) {
    this.vocabularySize = vocabulary;
    this.seconds = totalSeconds;
    this.temperature = head.temperature();
    this.fallbackThreshold = head.fallbackThreshold();
  }

  /** By member, then epoch (members train at the same time, so they finish epochs interleaved). */
  public synchronized List<Epoch> epochs() {
    List<Epoch> sorted = new ArrayList<>(epochs);
    sorted.sort(Comparator.comparingInt(Epoch::member).thenComparingInt(Epoch::epoch));
    return Collections.unmodifiableList(sorted);
  }

  /** Per member, in member order, the epoch whose weights were kept (the first best one). */
  public List<Integer> bestEpochs() {
    List<Epoch> best = new ArrayList<>();
    for (Epoch e : epochs()) {
      int m = e.member() - 1;
      if (best.size() <= m) {
        best.add(e);
      } else if (e.validationMacroF1() > best.get(m).validationMacroF1()) {
        best.set(m, e);
      }
    }
    return best.stream().map(Epoch::epoch).toList();
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
