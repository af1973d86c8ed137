package io.kefu.samples.truth;

import java.util.List;

/** The 服务禁语 the generator plants and the truth checks for (a plain substring match). */
public final class ForbiddenWords {

  public static final List<String> WORDS =
      List.of("不知道", "你自己看", "没办法", "爱买不买", "找别人去", "这不归我管", "听不懂吗", "你烦不烦");

  private ForbiddenWords() {}

  /** True when the text contains any forbidden word. */
  public static boolean containsAny(String text) {
    for (String w : WORDS) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
