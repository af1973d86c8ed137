package io.kefu.registry.promotion;

import io.kefu.registry.VersionMetadata;
import io.kefu.registry.provenance.ModelProvenance;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides whether a candidate may become production. A candidate must say where it came from (STYLE
 * §3), must have been measured on the same test set as production, and must beat production's
 * figure by the margin. {@code force} with a reason skips the comparison only.
 */
public final class PromotionGate {

  private PromotionGate() {}

  /**
   * Checks a promotion.
   *
   * @param candidate the candidate's metadata
   * @param currentVersion the version production points to, or null when there is none yet
   * @param current production's metadata, or null when there is no production yet
   * @throws PromotionRefusedException with the reason, and both figures when the metric decided
   */
  public static void check(
      PromotionRequest request,
      VersionMetadata candidate,
      Integer currentVersion,
      VersionMetadata current) {
    String ref = request.model() + ":" + request.version();
    if (request.force() && !request.hasReason()) {
      throw new PromotionRefusedException(
          "a forced promotion of " + ref + " needs a reason: add --reason TEXT");
    }
    List<String> missing =
        candidate.provenance() == null
            ? List.of("all provenance")
            : candidate.provenance().missing();
    if (!missing.isEmpty()) {
      throw new PromotionRefusedException(
          ref + " cannot be promoted: its provenance lacks " + String.join(", ", missing));
    }
    if (request.force() || !"production".equals(request.alias()) || current == null) {
      return;
    }
    if (currentVersion == request.version()) {
      throw new PromotionRefusedException(ref + " is already production");
    }
    compare(request, ref, candidate.provenance(), currentVersion, current.provenance());
  }

  private static void compare(
      PromotionRequest request,
      String ref,
      ModelProvenance candidate,
      int currentVersion,
      ModelProvenance current) {
    String metric = request.metric();
    String prodRef = request.model() + ":" + currentVersion;
    requireSameTestSet(ref, candidate, prodRef, current);
    Double mine = candidate.metrics().get(metric);
    Double theirs = current.metrics().get(metric);
    if (mine == null || theirs == null) {
      throw new PromotionRefusedException(
          (mine == null ? ref : prodRef)
              + " has no "
              + metric
              + " on the test split; "
              + "choose another --metric or use --force --reason TEXT");
    }
    if (!(mine - theirs > request.margin())) {
      throw new PromotionRefusedException(
          String.format(
              Locale.ROOT,
              "%s refused: %s %s = %.4f does not beat production %s %s = %.4f by margin %.4f",
              ref,
              ref,
              metric,
              mine,
              prodRef,
              metric,
              theirs,
              request.margin()));
    }
  }

  private static void requireSameTestSet(
      String ref, ModelProvenance candidate, String prodRef, ModelProvenance current) {
    String theirs = current == null ? null : current.testSetFingerprint();
    if (theirs == null || !Objects.equals(candidate.testSetFingerprint(), theirs)) {
      throw new PromotionRefusedException(
          String.format(
              Locale.ROOT,
              "%s was tested on test set %s but production %s on %s: the figures are not"
                  + " comparable; use --force --reason TEXT to override",
              ref,
              candidate.testSetFingerprint(),
              prodRef,
              theirs == null ? "an unknown one" : theirs));
    }
  }
}
