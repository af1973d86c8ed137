package io.kefu.samples.text;

import io.kefu.core.event.Channel;
import io.kefu.samples.pii.PiiWriting;
import io.kefu.samples.truth.Sentiment;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How customers actually type: greetings in front (亲/在吗), particles at the end (啊/呢/急急急), typos and
 * homophones, emoji, full-width or half-width punctuation, line breaks, stray spaces and HTML from
 * the web widget. Only plain runs change; personal data is never touched. Stateless.
 */
public final class CustomerStyle {

  private static final List<String> PREFIXES =
      List.of("亲，", "在吗，", "你好，", "客服，", "那个，", "hello，", "您好，", "喂，", "嗯，");
  private static final List<String> NEUTRAL_ENDINGS =
      List.of("啊", "呢", "呀", "哦", "哈", "嘛", "。。。", "~", "？", "??");
  private static final List<String> NEGATIVE_ENDINGS =
      List.of("！！", "？？？", "啊！", "急急急", "。。。", "!!!", "好吗", "行不行");
  private static final List<String> POSITIVE_ENDINGS = List.of("哈", "呀", "~", "！", "哦", "哈哈", "嘿嘿");
  private static final List<String> POSITIVE_EMOJI =
      List.of("😊", "👍", "🙏", "😄", "❤️", "[微笑]", "[赞]", "[爱心]", "🌹", "😁");
  private static final List<String> NEGATIVE_EMOJI =
      List.of("😭", "😡", "😤", "💢", "😓", "[大哭]", "[怒]", "[流泪]", "[捂脸]", "🙄");
  private static final List<String> NEUTRAL_EMOJI = List.of("🤔", "🙏", "[疑问]", "😅", "[思考]");
  private static final String[][] TYPOS = {
    {"在吗", "再吗"}, {"已经", "以经"}, {"订单", "定单"}, {"怎么", "咋"}, {"什么", "啥"},
    {"没有", "木有"}, {"这样", "酱紫"}, {"好的", "好滴"}, {"好的", "好哒"}, {"谢谢", "谢啦"},
    {"谢谢", "3q"}, {"知道", "造"}, {"快递", "快滴"}, {"是不是", "是不"}, {"一下", "一哈"},
    {"可以", "可已"}, {"退款", "退宽"}, {"发货", "发或"}, {"尺码", "尺吗"}, {"客服", "客fu"},
    {"为什么", "为啥"}, {"喜欢", "稀饭"}, {"这个", "这各"}, {"收到", "受到"}, {"在哪", "在那"},
    {"东西", "东东"}, {"时候", "时侯"}, {"帮我", "帮俺"}
  };

  private CustomerStyle() {}

  /** Roughens a customer message in place. */
  public static void apply(Utterance u, Sentiment mood, Channel channel, SplittableRandom r) {
    if (r.nextInt(100) < 10) {
      String prefix = PREFIXES.get(r.nextInt(PREFIXES.size()));
      if (!u.text().startsWith(prefix.substring(0, 1))) {
        u.prepend(prefix);
      }
    }
    if (r.nextInt(100) < 16) {
      typo(u, r);
    }
    if (r.nextInt(100) < 20) {
      ending(u, mood, r);
    }
    if (r.nextInt(100) < emojiPercent(channel)) {
      emoji(u, mood, r);
    }
    if (r.nextInt(100) < 5) {
      u.mapPlain(PiiWriting::fullWidth);
    } else if (r.nextInt(100) < 9) {
      // An English input method: half-width commas and question marks, which CSV must quote.
      u.mapPlain(s -> s.replace('，', ',').replace('？', '?').replace('！', '!'));
    }
    if (r.nextInt(100) < 6) {
      u.mapFirstPlain(s -> s.replaceFirst("[，,]", "\n"));
    }
    if (r.nextInt(100) < 3) {
      u.prepend(r.nextBoolean() ? " " : "  ");
    }
    InjectedMarkup.customer(u, channel, r);
  }

  private static void typo(Utterance u, SplittableRandom r) {
    int start = r.nextInt(TYPOS.length);
    for (int k = 0; k < TYPOS.length; k++) {
      String[] pair = TYPOS[(start + k) % TYPOS.length];
      if (u.mapFirstPlain(s -> s.replaceFirst(pair[0], pair[1]))) {
        return;
      }
    }
  }

  private static void ending(Utterance u, Sentiment mood, SplittableRandom r) {
    List<String> endings =
        switch (mood) {
          case NEGATIVE -> NEGATIVE_ENDINGS;
          case POSITIVE -> POSITIVE_ENDINGS;
          case NEUTRAL -> NEUTRAL_ENDINGS;
        };
    String picked = endings.get(r.nextInt(endings.size()));
    u.mapLastPlain(
        s -> {
          String bare = stripTrailingPunctuation(s);
          // A question or particle already ends the sentence; only punctuation may follow it.
          boolean closed = bare.endsWith("吗") || bare.endsWith("呢") || bare.endsWith("吧");
          return bare + (closed ? (mood == Sentiment.NEGATIVE ? "？？" : "？") : picked);
        });
  }

  private static void emoji(Utterance u, Sentiment mood, SplittableRandom r) {
    List<String> set =
        switch (mood) {
          case NEGATIVE -> NEGATIVE_EMOJI;
          case POSITIVE -> POSITIVE_EMOJI;
          case NEUTRAL -> NEUTRAL_EMOJI;
        };
    String e = set.get(r.nextInt(set.size()));
    if (r.nextInt(5) == 0) {
      u.prepend(e);
    } else {
      u.plain(r.nextInt(3) == 0 ? e + e : e);
    }
  }

  private static int emojiPercent(Channel channel) {
    return switch (channel) {
      case WECHAT, MINI_PROGRAM -> 18;
      case APP -> 12;
      case WEB -> 6;
    };
  }

  /** True when the text already ends as a question or with a sentence-final particle. */
  static boolean endsQuestion(String s) {
    String bare = stripTrailingPunctuation(s);
    return s.endsWith("？")
        || s.endsWith("?")
        || bare.endsWith("吗")
        || bare.endsWith("呢")
        || bare.endsWith("吧");
  }

  static String stripTrailingPunctuation(String s) {
    int end = s.length();
    while (end > 0 && "。.！!？?~，,".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == 0 ? s : s.substring(0, end);
  }
}
