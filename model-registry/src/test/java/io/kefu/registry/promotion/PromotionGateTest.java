package io.kefu.registry.promotion;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.registry.TestModels;
import io.kefu.registry.VersionMetadata;
import io.kefu.registry.provenance.ModelProvenance;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromotionGateTest {

  private static VersionMetadata meta(double macroF1, String testSet) {
    ModelProvenance p = TestModels.provenance(macroF1, testSet, "3f2a9c1");
    return new VersionMetadata("intent", "2026-11-22T08:00:00Z", "li.wei", p, Map.of());
  }

  @ParameterizedTest(name = "candidate {0} vs production {1}, margin {2}: accepted={3}")
  @CsvSource({
    "0.85, 0.80, 0.00, true",
    "0.85, 0.80, 0.04, true",
    "0.85, 0.80, 0.05, false",
    "0.80, 0.80, 0.00, false",
    "0.79, 0.80, 0.00, false"
  })
  void theCandidateMustBeatProductionByTheMargin(
      double candidate, double production, double margin, boolean accepted) {
    PromotionRequest request =
        PromotionRequest.toProduction("intent", 2).withGate("macro_f1", margin);

    Runnable check =
        () ->
            PromotionGate.check(
                request,
                meta(candidate, TestModels.TEST_SET),
                1,
                meta(production, TestModels.TEST_SET));

    if (accepted) {
      assertThatCode(check::run).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(check::run)
          .isInstanceOf(PromotionRefusedException.class)
          .hasMessageContaining(String.format(java.util.Locale.ROOT, "%.4f", candidate))
          .hasMessageContaining(String.format(java.util.Locale.ROOT, "%.4f", production));
    }
  }

  @ParameterizedTest(name = "alias {0} needs no gate")
  @CsvSource({"staging", "challenger"})
  void onlyProductionIsGated(String alias) {
    PromotionRequest request = PromotionRequest.toProduction("intent", 2).withAlias(alias);

    assertThatCode(
            () ->
                PromotionGate.check(
                    request, meta(0.10, "other"), 1, meta(0.90, TestModels.TEST_SET)))
        .doesNotThrowAnyException();
  }
}
