package io.kefu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kefu.registry.audit.AuditAction;
import io.kefu.registry.audit.AuditEntry;
import io.kefu.registry.events.ModelEventPublisher;
import io.kefu.registry.promotion.PromotionRefusedException;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.ModelProvenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromotionTest {

  @TempDir Path dir;
  private ModelRegistry registry;
  private Path artifacts;

  @BeforeEach
  void setUp() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    registry =
        new ModelRegistry(dir.resolve("registry"), "li.wei", clock, ModelEventPublisher.NONE);
    artifacts = TestModels.artifacts(dir, "trained", 1);
  }

  private int register(ModelProvenance provenance) {
    return registry.register("intent", artifacts, provenance).version();
  }

  @Test
  void theFirstCompleteModelBecomesProduction() {
    int v1 = register(TestModels.provenance(0.80));

    registry.promote(PromotionRequest.toProduction("intent", v1));

    assertThat(registry.aliasVersion("intent", "production")).contains(v1);
  }

  @Test
  void aWorseModelIsRefusedWithBothFigures() {
    registry.promote(
        PromotionRequest.toProduction("intent", register(TestModels.provenance(0.83))));
    int worse = register(TestModels.provenance(0.81));

    assertThatThrownBy(() -> registry.promote(PromotionRequest.toProduction("intent", worse)))
        .isInstanceOf(PromotionRefusedException.class)
        .hasMessageContaining("0.8100")
        .hasMessageContaining("0.8300")
        .hasMessageContaining("macro_f1");
    assertThat(registry.aliasVersion("intent", "production")).contains(1);
  }

  @Test
  void aBetterModelIsAcceptedOnlyWhenItBeatsTheMargin() {
    registry.promote(
        PromotionRequest.toProduction("intent", register(TestModels.provenance(0.80))));
    int better = register(TestModels.provenance(0.82));

    assertThatThrownBy(
            () ->
                registry.promote(
                    PromotionRequest.toProduction("intent", better).withGate("macro_f1", 0.05)))
        .isInstanceOf(PromotionRefusedException.class)
        .hasMessageContaining("margin 0.0500");
    registry.promote(PromotionRequest.toProduction("intent", better).withGate("macro_f1", 0.01));

    assertThat(registry.aliasVersion("intent", "production")).contains(better);
  }

  @Test
  void aModelTestedOnAnotherTestSetIsNotCompared() {
    registry.promote(
        PromotionRequest.toProduction("intent", register(TestModels.provenance(0.80))));
    int other = register(TestModels.provenance(0.95, "sha256:testset-v2", "3f2a9c1"));

    assertThatThrownBy(() -> registry.promote(PromotionRequest.toProduction("intent", other)))
        .isInstanceOf(PromotionRefusedException.class)
        .hasMessageContaining("sha256:testset-v2")
        .hasMessageContaining("not comparable");
  }

  @Test
  void aModelWithoutCodeVersionIsRefusedEvenWhenForced() {
    int anonymous = register(TestModels.provenance(0.90, TestModels.TEST_SET, null));

    assertThatThrownBy(
            () ->
                registry.promote(
                    PromotionRequest.toProduction("intent", anonymous).forced("urgent")))
        .isInstanceOf(PromotionRefusedException.class)
        .hasMessageContaining("code version");
  }

  @Test
  void aForcedPromotionWithoutReasonIsRefusedAndWithOneIsRecorded() {
    registry.promote(
        PromotionRequest.toProduction("intent", register(TestModels.provenance(0.83))));
    int worse = register(TestModels.provenance(0.70));

    assertThatThrownBy(
            () -> registry.promote(PromotionRequest.toProduction("intent", worse).forced(" ")))
        .isInstanceOf(PromotionRefusedException.class)
        .hasMessageContaining("--reason");
    registry.promote(
        PromotionRequest.toProduction("intent", worse).forced("hotfix: v1 mislabels refunds"));

    assertThat(registry.aliasVersion("intent", "production")).contains(worse);
    AuditEntry last = registry.history("intent").get(registry.history("intent").size() - 1);
    assertThat(last.action()).isEqualTo(AuditAction.PROMOTE_FORCED);
    assertThat(last.reason()).isEqualTo("hotfix: v1 mislabels refunds");
    assertThat(last.from()).isEqualTo("1");
  }

  @Test
  void rollbackRestoresThePreviousProductionVersion() {
    int v1 = register(TestModels.provenance(0.80));
    int v2 = register(TestModels.provenance(0.82));
    int v3 = register(TestModels.provenance(0.84));
    registry.promote(PromotionRequest.toProduction("intent", v1));
    registry.promote(PromotionRequest.toProduction("intent", v2));
    registry.promote(PromotionRequest.toProduction("intent", v3));

    assertThat(registry.rollback("intent", "v3 regressed on live traffic")).isEqualTo(v2);
    assertThat(registry.rollback("intent", null)).isEqualTo(v1);
    assertThat(registry.aliasVersion("intent", "production")).contains(v1);
    assertThatThrownBy(() -> registry.rollback("intent", null))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("no previous version");
  }

  @Test
  void userAliasesAndTagsNeedNoGate() {
    int v1 = register(TestModels.provenance(0.80));
    int v2 = register(TestModels.provenance(0.50));

    registry.promote(PromotionRequest.toProduction("intent", v1).withAlias("challenger"));
    registry.promote(PromotionRequest.toProduction("intent", v2).withAlias("challenger"));
    registry.tag("intent", v2, "validation", "passed");

    assertThat(registry.aliases("intent").aliases()).containsEntry("challenger", v2);
    assertThat(registry.tags("intent").get(v2)).containsEntry("validation", "passed");
    assertThat(dir.resolve("registry/intent/aliases.json")).exists();
    assertThat(dir.resolve("registry/intent")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void theAuditLogHasEveryStepInOrder() throws Exception {
    int v1 = register(TestModels.provenance(0.80));
    int v2 = register(TestModels.provenance(0.85));
    registry.tag("intent", v2, "validation", "passed");
    registry.promote(PromotionRequest.toProduction("intent", v2).withAlias("staging"));
    registry.promote(PromotionRequest.toProduction("intent", v1));
    registry.promote(PromotionRequest.toProduction("intent", v2).because("better macro_f1"));
    registry.promote(PromotionRequest.toProduction("intent", v1).forced("compare live"));
    registry.rollback("intent", "done comparing");

    assertThat(registry.history("intent"))
        .extracting(AuditEntry::action, AuditEntry::from, AuditEntry::to, AuditEntry::reason)
        .containsExactly(
            tuple(AuditAction.REGISTER, null, "1", null),
            tuple(AuditAction.REGISTER, null, "2", null),
            tuple(AuditAction.TAG, "2", "validation=passed", null),
            tuple(AuditAction.ALIAS_SET, null, "staging=2", null),
            tuple(AuditAction.PROMOTE, null, "production=1", null),
            tuple(AuditAction.PROMOTE, "1", "production=2", "better macro_f1"),
            tuple(AuditAction.PROMOTE_FORCED, "2", "production=1", "compare live"),
            tuple(AuditAction.ROLLBACK, "1", "production=2", "done comparing"));
    assertThat(registry.history("intent"))
        .allSatisfy(
            e -> {
              assertThat(e.who()).isEqualTo("li.wei");
              assertThat(e.at()).isEqualTo("2026-11-22T08:00:00Z");
            });
    assertThat(Files.readAllLines(dir.resolve("registry/audit.jsonl")))
        .hasSize(8)
        .first()
        .asString()
        .startsWith("{\"at\":\"2026-11-22T08:00:00Z\"");
  }
}
