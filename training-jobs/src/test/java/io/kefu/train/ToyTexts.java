package io.kefu.train;

import io.kefu.core.features.FeatureSpec;
import io.kefu.train.classify.ClassifierConfig;
import io.kefu.train.classify.ClassifierTrainer;
import io.kefu.train.data.DataSplit;
import io.kefu.train.data.LabeledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A separable toy set of customer messages: each class has its own keywords (退货/退款, 物流/快递, 发票/开票),
 * wrapped in filler words every class shares, generated from a seed.
 */
public final class ToyTexts {

  public static final String REFUND = "refund";
  public static final String SHIPPING = "shipping";
  public static final String INVOICE = "invoice";

  /** The seed of the shared toy set, its split and its model. */
  public static final long SEED = 7;

  /** Epochs of the shared toy model. */
  public static final int EPOCHS = 5;

  private static final List<String> REFUND_WORDS = List.of("退货", "退款", "退钱", "申请退款", "要退");
  private static final List<String> SHIPPING_WORDS = List.of("物流", "快递", "发货", "运单", "送到");
  private static final List<String> INVOICE_WORDS = List.of("发票", "开票", "税号", "抬头", "专票");
  private static final List<String> FILLER =
      List.of(
          "请问", "我的", "订单", "什么时候", "怎么", "一下", "麻烦", "帮我", "查", "看看", "好的", "谢谢", "了", "吗", "呢",
          "今天", "昨天", "能不能", "可以", "处理", "亲", "在吗", "这个", "急");

  /** A tiny, fast network: a 16-wide embedding and hidden layer, at most {@code epochs} epochs. */
  public static ClassifierConfig tinyConfig(int epochs) {
    return new ClassifierConfig(
        new FeatureSpec(1, 2, 64), 1, 20_000, 16, 16, 0.2, 0.05, 32, epochs, 3, 0.5, 1);
  }

  private static DataSplit split;
  private static ClassifierTrainer.Trained trained;

  private ToyTexts() {}

  /** The split of 120 toy messages per class, shared by the tests of one run. */
  public static synchronized DataSplit split() {
    if (split == null) {
      split = DataSplit.of(threeClasses(120, SEED), SEED);
    }
    return split;
  }

  /** The tiny classifier trained on {@link #split()} with {@link #SEED}, trained once per run. */
  public static synchronized ClassifierTrainer.Trained trained() {
    if (trained == null) {
      trained = train();
    }
    return trained;
  }

  /** A fresh training run, identical in data, configuration and seed to {@link #trained()}. */
  public static ClassifierTrainer.Trained train() {
    return new ClassifierTrainer(tinyConfig(EPOCHS), SEED)
        .train("intent", split().train(), split().validation(), null);
  }

  /** {@code perClass} messages of each class, classes interleaved. */
  public static List<LabeledText> threeClasses(int perClass, long seed) {
    Random random = new Random(seed);
    List<LabeledText> out = new ArrayList<>(perClass * 3);
    for (int i = 0; i < perClass; i++) {
      out.add(new LabeledText(message(REFUND_WORDS, random), REFUND));
      out.add(new LabeledText(message(SHIPPING_WORDS, random), SHIPPING));
      out.add(new LabeledText(message(INVOICE_WORDS, random), INVOICE));
    }
    return out;
  }

  /** The texts of the examples, in order. */
  public static List<String> texts(List<LabeledText> examples) {
    List<String> out = new ArrayList<>(examples.size());
    examples.forEach(e -> out.add(e.text()));
    return out;
  }

  private static String message(List<String> keywords, Random random) {
    StringBuilder s = new StringBuilder();
    int before = random.nextInt(3);
    for (int i = 0; i < before; i++) {
      s.append(FILLER.get(random.nextInt(FILLER.size())));
    }
    s.append(keywords.get(random.nextInt(keywords.size())));
    if (random.nextBoolean()) {
      s.append(random.nextInt(100_000));
    }
    int after = 1 + random.nextInt(3);
    for (int i = 0; i < after; i++) {
      s.append(FILLER.get(random.nextInt(FILLER.size())));
    }
    return s.toString();
  }
}
