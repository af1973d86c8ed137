package io.kefu.samples.load;

import java.util.Map;
import java.util.TreeMap;

/** What a load did, for its summary: every record read is counted in exactly one bucket. */
public final class LoadTally {
  long recordsRead;
  long loaded;
  long duplicates;
  final Map<String, Long> deadLettersByReason = new TreeMap<>();
  final Map<String, Long> maskedByType = new TreeMap<>();

  public long recordsRead() {
    return recordsRead;
  }

  public long loaded() {
    return loaded;
  }

  public long duplicates() {
    return duplicates;
  }

  public long deadLetters() {
    return deadLettersByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public Map<String, Long> deadLettersByReason() {
    return Map.copyOf(deadLettersByReason);
  }

  public Map<String, Long> maskedByType() {
    return Map.copyOf(maskedByType);
  }
}
