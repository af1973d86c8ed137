package io.kefu.ingest.report;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The labeling report of one task (intent or sentiment): per labeling function how many utterances
 * it labeled (coverage), on how many another function also voted (overlaps) or voted differently
 * (conflicts), and where gold labels exist how often it agreed with them. Mergeable, so Spark
 * partitions accumulate their own and the driver adds them up.
 */
public final class LabelingStats implements Serializable {

  /** Counts of one labeling function. */
  public static final class FunctionCounts implements Serializable {
    long votes;
    long overlaps;
    long conflicts;
    long goldSeen;
    long goldCorrect;

    void add(FunctionCounts o) {
      votes += o.votes;
      overlaps += o.overlaps;
      conflicts += o.conflicts;
      goldSeen += o.goldSeen;
      goldCorrect += o.goldCorrect;
    }
  }

  private long utterances;
  private long covered;
  private long gold;
  private final Map<String, FunctionCounts> functions = new TreeMap<>();

  /**
   * Adds one utterance.
   *
   * @param votes as written to Parquet, {@code function=label:weight}
   * @param goldLabel the gold label when the utterance has one, else null
   */
  public void add(List<String> votes, String label, String goldLabel) {
    utterances++;
    if (label != null) {
      covered++;
    }
    if (goldLabel != null) {
      gold++;
    }
    Map<String, String> byFunction = new HashMap<>();
    for (String vote : votes) {
      int eq = vote.indexOf('=');
      int colon = vote.lastIndexOf(':');
      byFunction.putIfAbsent(vote.substring(0, eq), vote.substring(eq + 1, colon));
    }
    Set<String> labels = new HashSet<>(byFunction.values());
    for (Map.Entry<String, String> vote : byFunction.entrySet()) {
      FunctionCounts c = functions.computeIfAbsent(vote.getKey(), k -> new FunctionCounts());
      c.votes++;
      if (byFunction.size() > 1) {
        c.overlaps++;
      }
      if (labels.size() > 1) {
        c.conflicts++;
      }
      if (goldLabel != null) {
        c.goldSeen++;
        if (goldLabel.equals(vote.getValue())) {
          c.goldCorrect++;
        }
      }
    }
  }

  public LabelingStats merge(LabelingStats other) {
    utterances += other.utterances;
    covered += other.covered;
    gold += other.gold;
    other.functions.forEach(
        (k, v) -> functions.computeIfAbsent(k, x -> new FunctionCounts()).add(v));
    return this;
  }

  public double coverage() {
    return utterances == 0 ? 0 : (double) covered / utterances;
  }

  /** The report as nested maps, ready for JSON. */
  public Map<String, Object> toReport() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("utterances", utterances);
    report.put("covered", covered);
    report.put("coverage", round(coverage()));
    report.put("gold_labeled", gold);
    Map<String, Object> perFunction = new LinkedHashMap<>();
    functions.forEach(
        (name, c) -> {
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("coverage", round(utterances == 0 ? 0 : (double) c.votes / utterances));
          f.put("overlaps", round(c.votes == 0 ? 0 : (double) c.overlaps / c.votes));
          f.put("conflicts", round(c.votes == 0 ? 0 : (double) c.conflicts / c.votes));
          f.put(
              "gold_accuracy", c.goldSeen == 0 ? null : round((double) c.goldCorrect / c.goldSeen));
          perFunction.put(name, f);
        });
    report.put("functions", perFunction);
    return report;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
