package io.kefu.registry.promotion;

/**
 * A request to point an alias (by default {@code production}) at a version.
 *
 * @param model the model name
 * @param version the candidate version
 * @param alias the alias to move; the gate applies to {@code production} only
 * @param metric the metric the candidate must beat production on (default {@code macro_f1})
 * @param margin how much higher the candidate's metric must be, in the metric's units (≥ 0)
 * @param actor who asks; null means the registry's current actor
 * @param reason why; required when {@code force} is set
 * @param force skip the metric comparison (not the provenance check), recorded as forced
 */
public record PromotionRequest(
    String model,
    int version,
    String alias,
    String metric,
    double margin,
    String actor,
    String reason,
    boolean force) {

  public static final String DEFAULT_METRIC = "macro_f1";

  public PromotionRequest {
    alias = alias == null ? "production" : alias;
    metric = metric == null ? DEFAULT_METRIC : metric;
    if (!(margin >= 0)) {
      throw new IllegalArgumentException("--margin must be a number ≥ 0, not " + margin);
    }
    if (!alias.matches("[a-z][a-z0-9_-]{0,39}")) {
      throw new IllegalArgumentException(
          "--alias must be lower-case letters, digits, '-' or '_', not '" + alias + "'");
    }
  }

  /** Promotion of {@code model:version} to production on macro_f1 with no margin. */
  public static PromotionRequest toProduction(String model, int version) {
    return new PromotionRequest(model, version, null, null, 0.0, null, null, false);
  }

  public PromotionRequest withAlias(String newAlias) {
    return new PromotionRequest(model, version, newAlias, metric, margin, actor, reason, force);
  }

  public PromotionRequest withGate(String newMetric, double newMargin) {
    return new PromotionRequest(model, version, alias, newMetric, newMargin, actor, reason, force);
  }

  public PromotionRequest by(String newActor) {
    return new PromotionRequest(model, version, alias, metric, margin, newActor, reason, force);
  }

  public PromotionRequest because(String newReason) {
    return new PromotionRequest(model, version, alias, metric, margin, actor, newReason, force);
  }

  public PromotionRequest forced(String newReason) {
    return new PromotionRequest(model, version, alias, metric, margin, actor, newReason, true);
  }

  public boolean hasReason() {
    return reason != null && !reason.isBlank();
  }
}
