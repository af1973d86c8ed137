package io.kefu.train.data;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the ways people write sentiment labels onto the model's three: {@code positive}, {@code
 * neutral}, {@code negative}. Review sets often use {@code 1}/{@code 0} (waimai_10k, ChnSentiCorp)
 * or Chinese words; a label not recognised is kept as written, so a user's own label set still
 * trains.
 */
public final class SentimentLabels {

  public static final String POSITIVE = "positive";
  public static final String NEUTRAL = "neutral";
  public static final String NEGATIVE = "negative";

  private static final Map<String, String> CANONICAL =
      Map.ofEntries(
          Map.entry("1", POSITIVE),
          Map.entry("pos", POSITIVE),
          Map.entry("positive", POSITIVE),
          Map.entry("正面", POSITIVE),
          Map.entry("正向", POSITIVE),
          Map.entry("积极", POSITIVE),
          Map.entry("好评", POSITIVE),
          Map.entry("0", NEGATIVE),
          Map.entry("-1", NEGATIVE),
          Map.entry("neg", NEGATIVE),
          Map.entry("negative", NEGATIVE),
          Map.entry("负面", NEGATIVE),
          Map.entry("负向", NEGATIVE),
          Map.entry("消极", NEGATIVE),
          Map.entry("差评", NEGATIVE),
          Map.entry("neu", NEUTRAL),
          Map.entry("neutral", NEUTRAL),
          Map.entry("中性", NEUTRAL),
          Map.entry("中评", NEUTRAL));

  private SentimentLabels() {}

  public static String canonical(String label) {
    String key = label.trim().toLowerCase(Locale.ROOT);
    return CANONICAL.getOrDefault(key, label.trim());
  }
}
