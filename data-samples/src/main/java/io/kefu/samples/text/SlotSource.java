package io.kefu.samples.text;

import java.util.SplittableRandom;

/** Supplies the value of a {@code {$name}} slot while a {@link Template} renders. */
public interface SlotSource {

  /** Appends the value of slot {@code name} to {@code out}. */
  void fill(String name, SplittableRandom r, Utterance out);
}
