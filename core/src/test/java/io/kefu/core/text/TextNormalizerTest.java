package io.kefu.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("full-width letters and digits", "ＨＥＬＬＯ　ｗｏｒｌｄ１２３", "hello world123"),
        arguments("full-width punctuation in FF01-FF5E", "好的！真的？是，对：", "好的!真的?是,对:"),
        arguments("other CJK punctuation stays", "好的。顿号、书名《》", "好的。顿号、书名《》"),
        arguments("ASCII lower-cased", "iPhone 15 PRO", "iphone 15 pro"),
        arguments("line break tag is a space", "你好，<br>在吗？", "你好, 在吗?"),
        arguments("self-closing break", "第一行<br/>第二行", "第一行 第二行"),
        arguments("inline tags keep words together", "<p>价格<b>很</b>好</p>", "价格很好"),
        arguments("link keeps its text", "<a href=\"https://x.cn?a=1&b=2\">链接</a>点击", "链接点击"),
        arguments("image dropped", "看图<img src=\"a.png\" alt='x>y'>好看吗", "看图 好看吗"),
        arguments("comment dropped", "a<!-- note -->b", "ab"),
        arguments("named entities", "&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", "<b> & \"x\" 'y'"),
        arguments("numeric entities", "&#20320;&#x597D;&#65;", "你好a"),
        arguments("nbsp entity is a space", "你好&nbsp;&nbsp;在吗", "你好 在吗"),
        arguments("entities decoded once", "&amp;nbsp;", "&nbsp;"),
        arguments("unknown entity kept", "a &foo; b", "a &foo; b"),
        arguments("stray angle brackets are text", "价格<100元 & 运费>5元", "价格<100元 & 运费>5元"),
        arguments("whitespace collapsed and trimmed", "  a \t\n  b\r\n ", "a b"),
        arguments("ideographic and no-break spaces", "a\u3000\u3000b\u00A0c", "a b c"),
        arguments(
            "control and zero-width characters removed", "\u0001ab\u007fc\u200bd\uFEFF", "abcd"),
        arguments("emoji kept", "好评👍🏻😊", "好评👍🏻😊"),
        arguments("ZWJ emoji sequence kept", "👨\u200D👩\u200D👧家庭", "👨\u200D👩\u200D👧家庭"),
        arguments("only markup", "<p><br></p>", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void normalizesChatText(String rule, String raw, String expected) {
    assertThat(normalizer.normalize(raw)).isEqualTo(expected);
  }

  @Test
  void nullBecomesEmpty() {
    assertThat(normalizer.normalize(null)).isEmpty();
  }

  @Test
  void normalizingTwiceChangesNothingMore() {
    cases()
        .map(a -> normalizer.normalize((String) a.get()[1]))
        .filter(once -> !once.contains("&") && !once.contains("<"))
        .forEach(once -> assertThat(normalizer.normalize(once)).isEqualTo(once));
  }

  static Stream<Arguments> emojiReplacements() {
    return Stream.of(
        arguments("single", "好评😊", "好评<EMOJI>"),
        arguments("with skin tone", "赞👍🏻", "赞<EMOJI>"),
        arguments("two in a row", "👍👍", "<EMOJI><EMOJI>"),
        arguments("ZWJ family is one", "👨\u200D👩\u200D👧", "<EMOJI>"),
        arguments("flag is one", "🇨🇳加油", "<EMOJI>加油"),
        arguments("keycap", "1️⃣号", "<EMOJI>号"),
        arguments("heart with variation selector", "爱你❤️", "爱你<EMOJI>"),
        arguments("no emoji", "普通文字123", "普通文字123"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emojiReplacements")
  void replaceEmojiTurnsEachEmojiIntoOneToken(String rule, String text, String expected) {
    assertThat(TextNormalizer.replaceEmoji(text, TextNormalizer.EMOJI_TOKEN)).isEqualTo(expected);
  }

  @Test
  void replaceEmojiOfNullIsEmpty() {
    assertThat(TextNormalizer.replaceEmoji(null, "x")).isEmpty();
  }

  @ParameterizedTest(name = "U+{0} -> {1}")
  @CsvSource({
    "1F60A, true",
    "1F44D, true",
    "2764, true",
    "2B50, true",
    "1F1E8, true",
    "1F9D0, true",
    "4F60, false",
    "0041, false",
    "FF01, false",
    "00A9, false"
  })
  void recognisesEmojiCodePoints(String hex, boolean emoji) {
    assertThat(TextNormalizer.isEmoji(Integer.parseInt(hex, 16))).isEqualTo(emoji);
  }
}
