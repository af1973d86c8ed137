package io.kefu.samples.text;

import io.kefu.core.event.Channel;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The surface of agent messages: the soft endings shop agents use (哦~, 呢), an emoji now and then,
 * and HTML from the web console. Never rewrites words, so a greeting, apology or forbidden word put
 * in stays findable. Stateless.
 */
public final class AgentStyle {

  private static final List<String> SOFT_ENDINGS = List.of("~", "哦~", "呢", "哈", "哦", "～");
  private static final List<String> EMOJI = List.of("😊", "🌹", "[微笑]", "💐", "😄", "[玫瑰]", "[OK]");

  private AgentStyle() {}

  /** Decorates an agent message in place. */
  public static void apply(Utterance u, Channel channel, SplittableRandom r) {
    if (r.nextInt(100) < 18) {
      String ending = SOFT_ENDINGS.get(r.nextInt(SOFT_ENDINGS.size()));
      u.mapLastPlain(
          s ->
              CustomerStyle.endsQuestion(s)
                  ? s
                  : CustomerStyle.stripTrailingPunctuation(s) + ending);
    }
    if (r.nextInt(100) < 8) {
      u.plain(EMOJI.get(r.nextInt(EMOJI.size())));
    }
    InjectedMarkup.agent(u, channel, r);
  }
}
