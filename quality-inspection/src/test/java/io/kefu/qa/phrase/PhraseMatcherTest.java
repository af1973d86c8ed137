package io.kefu.qa.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.text.TextNormalizer;
import io.kefu.qa.config.PhraseList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {

  private static final Separators SEPARATORS = new Separators(" -_.*·~/|\\=#•");
  private static final Map<String, List<String>> VARIANTS =
      Map.of("微信", List.of("威信", "v信", "vx"), "加", List.of("+"));
  private static final PhraseMatcher MATCHER =
      PhraseMatcher.compile(
          new PhraseList(
              List.of("加微信", "垃圾", "保证到", "vx"),
              List.of("滚"),
              Map.of("垃圾", List.of("垃圾袋", "垃圾桶")),
              List.of("不", "不能"),
              4),
          VARIANTS,
          SEPARATORS);

  private static PhraseHit find(String raw) {
    return MATCHER.first(FoldedText.of(new TextNormalizer().normalize(raw), SEPARATORS));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "加我微信 | none",
        "加微信 | 加微信",
        "加威信 | 加微信",
        "加V信 | 加微信",
        "+vx | 加微信",
        "加 微 信 | 加微信",
        "加-微-信 | 加微信",
        "加.v.信 | 加微信",
        "加🌹微🌹信 | 加微信",
        "加\u200b微\u200b信 | 加微信",
        "ＶＸ | vx",
        "vxyz | none",
        "abvx | none",
        "你这垃圾 | 垃圾",
        "垃圾袋 | none",
        "买个垃圾桶 | none",
        "滚 | 滚",
        "滚！| 滚",
        "你滚吧 | 滚",
        "滚筒 | none",
        "翻滚 | none",
        "保证到 | 保证到",
        "不保证到 | none",
        "不能保证到 | none",
        "不好意思，保证到 | 保证到"
      })
  void phrasesMatchAsAgentsWriteThemAndNotInsideHarmlessWords(String text, String phrase) {
    PhraseHit hit = find(text);
    assertThat(hit == null ? null : hit.phrase()).as(text).isEqualTo(phrase);
  }

  @Test
  void aHitMapsBackToTheMessageSeparatorsIncluded() {
    String text = "好的 加 微 信 吧";
    PhraseHit hit = find(text);
    assertThat(text.substring(hit.start(), hit.end())).isEqualTo("加 微 信");
  }

  @Test
  void allFindsEveryPhraseInOrderOnePerStart() {
    String text = new TextNormalizer().normalize("垃圾！加vx，保证到");
    List<PhraseHit> hits = MATCHER.all(FoldedText.of(text, SEPARATORS));
    assertThat(hits).extracting(PhraseHit::phrase).containsExactly("垃圾", "加微信", "vx", "保证到");
  }

  @Test
  void variantsExpandEveryWordOfAPhrase() {
    assertThat(Variants.expand("加微信", VARIANTS))
        .contains("加微信", "加威信", "加vx", "+微信", "+vx", "+v信")
        .hasSize(8);
  }
}
