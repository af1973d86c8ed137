package io.kefu.train.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.model.Prediction;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.train.ToyTexts;
import io.kefu.train.classify.TextClassifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivePredictorTest {

  /** Version 2's confidences (three classes at temperature 10,000) stay below this. */
  private static final double V2_MAX_CONFIDENCE = 0.34;

  @TempDir Path dir;

  private static ModelProvenance provenance(double macroF1) {
    return new ModelProvenance(
        new DataFingerprint(List.of("toy.csv"), Map.of("train", 360L), "sha256:toy"),
        Map.of(),
        ToyTexts.SEED,
        "test-code-version",
        Map.of(),
        ModelProvenance.currentJavaVersion(),
        ModelProvenance.currentOsArch(),
        "2026-11-20T10:15:30Z",
        Map.of("macro_f1", macroF1),
        "sha256:toy-test",
        List.of(ToyTexts.INVOICE, ToyTexts.REFUND, ToyTexts.SHIPPING));
  }

  /** Two versions: the toy model, then a second version of it with a different head. */
  private ModelRegistry registryWithTwoVersions() throws Exception {
    TextClassifier model = ToyTexts.trained().model();
    model.save(dir.resolve("v1"));
    // version 2: the same network with a very high temperature, so its confidences are all near
    // 1/3 where version 1's are near 1: each call's answers show which version made them
    model.save(dir.resolve("v2"));
    rewriteTemperature(dir.resolve("v2"), 10_000);
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    registry.register("intent", dir.resolve("v1"), provenance(0.90));
    registry.register("intent", dir.resolve("v2"), provenance(0.95));
    return registry;
  }

  private static void rewriteTemperature(Path modelDir, double temperature) throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var node =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(modelDir.resolve(TextClassifier.MODEL_FILE).toFile());
    node.put("temperature", temperature);
    json.writeValue(modelDir.resolve(TextClassifier.MODEL_FILE).toFile(), node);
  }

  @Test
  void servesProductionAndSwitchesOnPromotionWithoutAFailedCall() throws Exception {
    ModelRegistry registry = registryWithTwoVersions();
    registry.promote(PromotionRequest.toProduction("intent", 1));
    List<String> texts = ToyTexts.texts(ToyTexts.split().test());
    AtomicInteger calls = new AtomicInteger();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> served = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();

    try (LivePredictor predictor = LivePredictor.start(registry, "intent", Duration.ofMillis(20))) {
      assertThat(predictor.task()).isEqualTo("intent");
      assertThat(predictor.servedVersion()).isEqualTo("intent:1");
      assertThat(predictor.predict(texts))
          .allSatisfy(p -> assertThat(p.confidence()).isGreaterThan(V2_MAX_CONFIDENCE));
      Thread caller =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    String version = predictor.servedVersion();
                    List<Prediction> p = predictor.predict(texts);
                    if (p.size() != texts.size()) {
                      failures.add(new AssertionError(p.size() + " predictions"));
                    }
                    long hot = p.stream().filter(x -> x.confidence() < V2_MAX_CONFIDENCE).count();
                    if (hot != 0 && hot != p.size()) {
                      failures.add(new AssertionError("a call answered by two versions"));
                    }
                    if (served.isEmpty() || !served.get(served.size() - 1).equals(version)) {
                      served.add(version);
                    }
                    calls.incrementAndGet();
                  } catch (Throwable t) {
                    failures.add(t);
                  }
                }
              });
      caller.start();
      waitUntil(() -> calls.get() >= 3);
      registry.promote(PromotionRequest.toProduction("intent", 2));
      waitUntil(() -> "intent:2".equals(predictor.servedVersion()));
      int atSwitch = calls.get();
      waitUntil(() -> calls.get() >= atSwitch + 3);
      stop.set(true);
      caller.join(10_000);

      assertThat(failures).isEmpty();
      assertThat(served).containsExactly("intent:1", "intent:2");
      assertThat(predictor.predict("怎么开发票").confidence()).isLessThan(V2_MAX_CONFIDENCE);
    }
  }

  @Test
  void startingWithoutAProductionVersionFailsClearly() throws Exception {
    ModelRegistry registry = registryWithTwoVersions();

    assertThatThrownBy(() -> LivePredictor.start(registry, "intent", Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no production intent model");
  }

  @Test
  void aFixedPredictorServesTheVersionChosen() throws Exception {
    ModelRegistry registry = registryWithTwoVersions();

    ClassifierPredictor newest = ClassifierPredictor.fromRegistry(registry, "intent", null);
    registry.promote(PromotionRequest.toProduction("intent", 1));
    ClassifierPredictor production = ClassifierPredictor.fromRegistry(registry, "intent", null);
    ClassifierPredictor named = ClassifierPredictor.fromRegistry(registry, "intent", 2);

    assertThat(newest.servedVersion()).isEqualTo("intent:2");
    assertThat(production.servedVersion()).isEqualTo("intent:1");
    assertThat(named.servedVersion()).isEqualTo("intent:2");
    assertThat(production.predict("我要退款").label()).isEqualTo(ToyTexts.REFUND);
  }

  @Test
  void aLivePredictorScoresAPhoneNumberAsItsPlaceholder() throws Exception {
    ModelRegistry registry = registryWithTwoVersions();
    registry.promote(PromotionRequest.toProduction("intent", 1));

    try (LivePredictor predictor =
        LivePredictor.start(registry, "intent", Duration.ofSeconds(60))) {
      assertThat(predictor.predict("好的谢谢 13812345678"))
          .isEqualTo(predictor.predict("好的谢谢 [PHONE]"));
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      Thread.sleep(10);
    }
  }
}
