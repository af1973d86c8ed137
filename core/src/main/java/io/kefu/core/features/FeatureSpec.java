package io.kefu.core.features;

import java.util.ArrayList;
import java.util.List;

/**
 * How a text becomes model features: unit n-grams of lengths {@code minN..maxN} over the first
 * {@code maxUnits} units ({@link TextUnits}). Stored with every model, so a model is always served
 * with the features it was trained on.
 *
 * @param minN shortest n-gram, at least 1
 * @param maxN longest n-gram, at least {@code minN}
 * @param maxUnits units read from the start of a text
 */
public record FeatureSpec(int minN, int maxN, int maxUnits) {

  /** Character 1- to 3-grams over the first 256 units. */
  public static final FeatureSpec DEFAULT = new FeatureSpec(1, 3, 256);

  public FeatureSpec {
    if (minN < 1 || maxN < minN || maxN > 5) {
      throw new IllegalArgumentException(
          "n-gram range must be within 1..5, got " + minN + ".." + maxN);
    }
    if (maxUnits < 1) {
      throw new IllegalArgumentException("maxUnits must be at least 1, got " + maxUnits);
    }
  }

  /** A featuriser for this spec. */
  public Featurizer featurizer() {
    return new Featurizer(this);
  }

  /** Turns texts into n-gram strings; thread-safe. */
  public static final class Featurizer {
    private final FeatureSpec spec;
    private final TextUnits units;

    private Featurizer(FeatureSpec spec) {
      this.spec = spec;
      this.units = new TextUnits(spec.maxUnits());
    }

    /** The n-grams of a raw message, shortest first, in text order; units joined by a space. */
    public List<String> features(String raw) {
      List<String> u = units.of(raw);
      List<String> out = new ArrayList<>(u.size() * (spec.maxN() - spec.minN() + 1));
      for (int n = spec.minN(); n <= spec.maxN(); n++) {
        for (int i = 0; i + n <= u.size(); i++) {
          out.add(n == 1 ? u.get(i) : String.join(" ", u.subList(i, i + n)));
        }
      }
      return out;
    }

    public FeatureSpec spec() {
      return spec;
    }
  }
}
