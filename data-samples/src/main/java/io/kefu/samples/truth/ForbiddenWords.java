package io.kefu.samples.truth;

import java.util.List;

/**
 * The 服务禁语 the generator plants, and the harmless longer words that contain one (滚筒洗衣机, 垃圾袋), which
 * the generator also writes and which are not a hit: a word list, not a substring search. The truth
 * itself records where a forbidden phrase was planted; this reading is for checks.
 */
public final class ForbiddenWords {

  public static final List<String> WORDS =
      List.of(
          "不知道", "你自己看", "没办法", "爱买不买", "找别人去", "这不归我管", "听不懂吗", "你烦不烦", "滚", "垃圾", "神经病", "有病吧",
          "闭嘴", "爱咋咋地", "关我什么事", "你问我我问谁", "别烦我", "少废话");

  /** Harmless words that contain a forbidden one. */
  public static final List<String> HARMLESS_CONTAINERS =
      List.of("滚筒", "滚动", "滚轮", "垃圾袋", "垃圾桶", "垃圾分类");

  private ForbiddenWords() {}

  /** True when the text contains a forbidden word outside the harmless containers. */
  public static boolean containsAny(String text) {
    String rest = text;
    for (String harmless : HARMLESS_CONTAINERS) {
      rest = rest.replace(harmless, "□");
    }
    for (String w : WORDS) {
      if (rest.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when the text holds a harmless container of a forbidden word. */
  public static boolean containsHarmlessContainer(String text) {
    return HARMLESS_CONTAINERS.stream().anyMatch(text::contains);
  }
}
