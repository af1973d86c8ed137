package io.kefu.core.metrics.hot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class HotPhrasesTest {

  private static final SpikeSettings SETTINGS = SpikeSettings.DEFAULT;
  private static final OffsetDateTime BEGIN = OffsetDateTime.parse("2026-11-03T08:00:00+08:00");
  private static final String[] EVERYDAY = {
    "我的快递到哪了", "什么时候发货", "我要退货退款", "这件衣服尺码偏大吗", "优惠券用不了",
    "发票怎么开", "能改一下地址吗", "支付失败了怎么办", "会员积分怎么查", "商品有质量问题",
  };

  private final PhraseExtractor extractor = new PhraseExtractor();

  @Test
  void phraseBurstTopsWindow() {
    Random random = new Random(11);
    List<CustomerMessage> messages = new ArrayList<>();
    int session = 0;
    for (int w = 0; w < 14; w++) {
      OffsetDateTime window = BEGIN.plusMinutes(10L * w);
      for (int i = 0; i < 40; i++) {
        String text = EVERYDAY[random.nextInt(EVERYDAY.length)];
        messages.add(message("s" + session++, window.plusSeconds(random.nextInt(600)), text));
      }
      if (w >= 12) {
        for (int i = 0; i < 15; i++) {
          String text = "你好，我买的充电宝鼓包了，电话[PHONE]";
          messages.add(message("s" + session++, window.plusSeconds(random.nextInt(600)), text));
        }
      }
    }
    Collections.shuffle(messages, random);
    Instant burst = BEGIN.plusMinutes(120).toInstant();

    List<HotPhraseRow> rows = score(messages);

    HotPhraseRow top =
        rows.stream()
            .filter(r -> r.windowStart().equals(burst) && r.rank() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(top.phrase()).isEqualTo("我买的充电宝鼓包了");
    assertThat(rows)
        .filteredOn(r -> r.windowStart().equals(burst) && r.rank() > 1)
        .noneMatch(r -> top.phrase().contains(r.phrase()));
    assertThat(top.spike()).isTrue();
    assertThat(top.sessions()).isEqualTo(15);
    assertThat(top.examples()).hasSize(3).allMatch(e -> e.contains("[PHONE]"));
    assertThat(rows)
        .filteredOn(r -> r.windowStart().isBefore(burst))
        .noneMatch(HotPhraseRow::spike);
    assertThat(rows).filteredOn(r -> r.windowStart().equals(burst)).hasSize(SETTINGS.topK());
  }

  @Test
  void aSessionCountsOnceAndExamplesDoNotDependOnArrivalOrder() {
    OffsetDateTime t = BEGIN.plusMinutes(1);
    List<CustomerMessage> messages =
        new ArrayList<>(
            List.of(
                message("s1", t, "屏幕碎了"),
                message("s1", t.plusSeconds(10), "屏幕又碎了"),
                message("s2", t.plusSeconds(5), "屏幕碎了怎么办"),
                message("s3", t.plusSeconds(7), "我的屏幕碎了"),
                message("s4", t.plusSeconds(1), "屏幕碎得厉害")));
    SortedMap<Instant, Map<String, PhraseTally>> inOrder =
        HotScoring.phrasesPerWindow(messages, extractor, SETTINGS);
    Collections.reverse(messages);
    SortedMap<Instant, Map<String, PhraseTally>> reversed =
        HotScoring.phrasesPerWindow(messages, extractor, SETTINGS);

    PhraseTally tally = inOrder.get(inOrder.firstKey()).get("屏幕");

    assertThat(tally.sessions()).isEqualTo(4);
    assertThat(tally.examples()).containsExactly("屏幕碎了", "屏幕碎得厉害", "屏幕碎了怎么办");
    assertThat(reversed.get(reversed.firstKey()).get("屏幕").examples()).isEqualTo(tally.examples());
  }

  private List<HotPhraseRow> score(List<CustomerMessage> messages) {
    return HotScoring.scorePhrases(messages, extractor, SETTINGS);
  }

  private static CustomerMessage message(String session, OffsetDateTime ts, String text) {
    return new CustomerMessage(session, ts, text);
  }
}
