package io.kefu.qa.backfill;

import io.kefu.core.model.Prediction;
import io.kefu.core.model.Predictor;
import java.util.ArrayList;
import java.util.List;

/** A stand-in intent model: 退 → return_refund, 快递/物流 → logistics_query, 发票/开票 → invoice. */
final class KeywordIntents implements Predictor {

  final List<String> seen = new ArrayList<>();

  @Override
  public String task() {
    return "intent";
  }

  @Override
  public String servedVersion() {
    return "intent:1";
  }

  @Override
  public List<Prediction> predict(List<String> texts) {
    List<Prediction> out = new ArrayList<>();
    for (String text : texts) {
      seen.add(text);
      out.add(new Prediction(label(text), 1.0));
    }
    return out;
  }

  private static String label(String text) {
    if (text.contains("退")) {
      return "return_refund";
    }
    if (text.contains("快递") || text.contains("物流")) {
      return "logistics_query";
    }
    if (text.contains("发票") || text.contains("开票")) {
      return "invoice";
    }
    return "other";
  }
}
