package io.kefu.samples.output;

import io.kefu.core.event.InvalidReason;
import io.kefu.samples.schedule.RandomStreams;
import io.kefu.samples.schedule.RandomStreams.Purpose;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Injects the faults real raw logs have into the day files, in file order: malformed copies of real
 * events (each right after its original, with a fresh id) and exact duplicate lines (a few lines
 * after their original, as at-least-once delivery leaves them). Totals over the run are {@code
 * round(corruptRate × valid lines)} and {@code round(0.3 % × valid lines)}: each file gets the
 * difference of the rounded running totals. Not thread-safe (one per run).
 */
final class RawLogFaults {

  static final double DUPLICATE_RATE = 0.003;

  private final RandomStreams streams;
  private final double corruptRate;
  private final CorruptLineFactory factory = new CorruptLineFactory();
  private final Map<InvalidReason, Integer> corrupt = new EnumMap<>(InvalidReason.class);
  private long validSoFar;
  private long corruptSoFar;
  private long duplicatesSoFar;

  RawLogFaults(RandomStreams streams, double corruptRate) {
    this.streams = streams;
    this.corruptRate = corruptRate;
    for (InvalidReason reason : InvalidReason.values()) {
      corrupt.put(reason, 0);
    }
  }

  /** The lines of file number {@code fileIndex} with faults added. */
  List<String> inject(List<String> valid, int fileIndex) {
    validSoFar += valid.size();
    int corruptHere = (int) (Math.round(corruptRate * validSoFar) - corruptSoFar);
    int duplicatesHere = (int) (Math.round(DUPLICATE_RATE * validSoFar) - duplicatesSoFar);
    if (valid.isEmpty() || corruptHere + duplicatesHere == 0) {
      return valid;
    }
    SplittableRandom r = streams.stream(Purpose.OUTPUT, fileIndex);
    List<List<String>> after = new ArrayList<>(valid.size());
    for (int i = 0; i < valid.size(); i++) {
      after.add(null);
    }
    for (int k = 0; k < corruptHere; k++) {
      int source = r.nextInt(valid.size());
      InvalidReason reason = InvalidReason.values()[r.nextInt(InvalidReason.values().length)];
      add(after, source, factory.corrupt(valid.get(source), reason, corruptSoFar + k, r));
      corrupt.merge(reason, 1, Integer::sum);
    }
    boolean[] duplicated = new boolean[valid.size()];
    for (int k = 0; k < duplicatesHere && k < valid.size(); k++) {
      int source = r.nextInt(valid.size());
      while (duplicated[source]) {
        source = (source + 1) % valid.size();
      }
      duplicated[source] = true;
      add(after, Math.min(valid.size() - 1, source + r.nextInt(30)), valid.get(source));
    }
    corruptSoFar += corruptHere;
    duplicatesSoFar += Math.min(duplicatesHere, valid.size());
    return merge(valid, after);
  }

  /** Corrupt lines injected so far, by reason code, every reason listed. */
  Map<InvalidReason, Integer> corruptByReason() {
    return Map.copyOf(corrupt);
  }

  long duplicates() {
    return duplicatesSoFar;
  }

  private static void add(List<List<String>> after, int index, String line) {
    if (after.get(index) == null) {
      after.set(index, new ArrayList<>(2));
    }
    after.get(index).add(line);
  }

  private static List<String> merge(List<String> valid, List<List<String>> after) {
    List<String> out = new ArrayList<>(valid.size() + 16);
    for (int i = 0; i < valid.size(); i++) {
      out.add(valid.get(i));
      if (after.get(i) != null) {
        out.addAll(after.get(i));
      }
    }
    return out;
  }
}
