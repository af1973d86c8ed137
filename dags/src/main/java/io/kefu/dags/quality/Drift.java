package io.kefu.dags.quality;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How far a distribution moved from a reference: the population stability index, PSI = Σ (c − r) ·
 * ln(c / r) over the categories' shares, with a floor on every share so a category seen on one side
 * only counts as a large move instead of an infinite one. Conventional reading: under 0.1 stable,
 * 0.1–0.25 a moderate shift, above 0.25 a major one.
 */
public final class Drift {

  /** The share a category absent on one side is given. */
  static final double FLOOR = 1e-4;

  private Drift() {}

  /** PSI of {@code current} counts against {@code reference} counts; 0 when either is empty. */
  public static double psi(Map<String, Long> reference, Map<String, Long> current) {
    long r = reference.values().stream().mapToLong(Long::longValue).sum();
    long c = current.values().stream().mapToLong(Long::longValue).sum();
    if (r == 0 || c == 0) {
      return 0;
    }
    Set<String> categories = new HashSet<>(reference.keySet());
    categories.addAll(current.keySet());
    double psi = 0;
    for (String category : categories) {
      double rs = Math.max(FLOOR, reference.getOrDefault(category, 0L) / (double) r);
      double cs = Math.max(FLOOR, current.getOrDefault(category, 0L) / (double) c);
      psi += (cs - rs) * Math.log(cs / rs);
    }
    return psi;
  }
}
