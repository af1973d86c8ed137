package io.kefu.qa.backfill;

import io.kefu.core.features.FeatureSpec;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.DataFingerprint;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.train.classify.ClassifierConfig;
import io.kefu.train.classify.ClassifierTrainer;
import io.kefu.train.data.DataSplit;
import io.kefu.train.data.LabeledText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A registry with tiny production intent and sentiment models (seconds to train), trained on
 * keyword sentences: refund, logistics and invoice intents; negative, neutral and positive
 * sentiment. Enough for the backfill to serve real registered models without a training run.
 */
final class TinyModels {

  private static final long SEED = 11;
  private static final List<String> FILLER =
      List.of("请问", "我的", "订单", "怎么", "一下", "麻烦", "帮我", "看看", "了", "吗", "呢", "今天", "这个", "你好");

  private TinyModels() {}

  /** Trains both models into {@code work}, registers and promotes them in a registry there. */
  static ModelRegistry registry(Path work) throws IOException {
    ModelRegistry registry = ModelRegistry.open(work.resolve("registry"));
    register(
        registry,
        work.resolve("intent"),
        "intent",
        Map.of(
            "return_refund", List.of("退款", "退货", "退钱", "申请退款", "退货退款"),
            "logistics_query", List.of("快递", "物流", "发货", "送到", "到哪了"),
            "invoice", List.of("发票", "开票", "税号", "抬头", "开发票")));
    register(
        registry,
        work.resolve("sentiment"),
        "sentiment",
        Map.of(
            "negative", List.of("太差", "生气", "投诉", "还没到", "不动"),
            "neutral", List.of("请问", "查一下", "怎么", "能改吗", "写错"),
            "positive", List.of("谢谢", "满意", "很好", "太棒了", "辛苦")));
    return registry;
  }

  private static void register(
      ModelRegistry registry, Path dir, String task, Map<String, List<String>> keywords)
      throws IOException {
    DataSplit split = DataSplit.of(sentences(keywords, 80), SEED);
    ClassifierConfig tiny =
        new ClassifierConfig(
            new FeatureSpec(1, 2, 64), 1, 20_000, 16, 16, 0.2, 0.05, 32, 5, 3, 0.5, 1);
    new ClassifierTrainer(tiny, SEED)
        .train(task, split.train(), split.validation(), null)
        .model()
        .save(dir);
    int version = registry.register(task, dir, provenance(keywords)).version();
    registry.promote(PromotionRequest.toProduction(task, version));
  }

  private static List<LabeledText> sentences(Map<String, List<String>> keywords, int perLabel) {
    Random random = new Random(SEED);
    List<LabeledText> out = new ArrayList<>();
    for (int i = 0; i < perLabel; i++) {
      for (Map.Entry<String, List<String>> label : new java.util.TreeMap<>(keywords).entrySet()) {
        StringBuilder s = new StringBuilder();
        s.append(FILLER.get(random.nextInt(FILLER.size())));
        s.append(label.getValue().get(random.nextInt(label.getValue().size())));
        s.append(FILLER.get(random.nextInt(FILLER.size())));
        out.add(new LabeledText(s.toString(), label.getKey()));
      }
    }
    return out;
  }

  private static ModelProvenance provenance(Map<String, List<String>> keywords) {
    return new ModelProvenance(
        new DataFingerprint(List.of("tiny.csv"), Map.of("train", 240L), "sha256:tiny"),
        Map.of(),
        SEED,
        "test-code-version",
        Map.of(),
        ModelProvenance.currentJavaVersion(),
        ModelProvenance.currentOsArch(),
        "2026-03-01T00:00:00Z",
        Map.of("macro_f1", 0.9),
        "sha256:tiny-test",
        List.copyOf(new java.util.TreeSet<>(keywords.keySet())));
  }
}
