package io.kefu.core.metrics.hot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Orders the topics (or phrases) of one window, hottest first: flagged before not flagged, then by
 * spike score, then by sessions, then the longer (more specific) text, then the text, so the order
 * is total and the same in every engine.
 */
public final class HotTopicRanking {

  private HotTopicRanking() {}

  /** The hottest {@code limit} rows of one window with ranks 1, 2, ... */
  public static List<HotTopicRow> rankTopics(Collection<HotTopicRow> ofOneWindow, int limit) {
    List<HotTopicRow> sorted = new ArrayList<>(ofOneWindow);
    sorted.sort(
        order(
            HotTopicRow::spike,
            HotTopicRow::spikeScore,
            HotTopicRow::sessions,
            HotTopicRow::topic));
    List<HotTopicRow> ranked = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
      ranked.add(sorted.get(i).withRank(i + 1));
    }
    return ranked;
  }

  /**
   * The hottest {@code limit} phrases of one window with ranks 1, 2, ..., the n-grams of one longer
   * phrase joined into it ({@link PhraseFragments}) among the hottest candidates.
   */
  public static List<HotPhraseRow> rankPhrases(Collection<HotPhraseRow> ofOneWindow, int limit) {
    // Joining shrinks the list: widen the candidates until the limit is filled or all are used. A
    // window holds thousands of phrases; only the hottest few are sorted, the rest never.
    int candidates = (int) Math.min(ofOneWindow.size(), Math.max(5L * limit, 50));
    List<HotPhraseRow> sorted = PhraseFragments.join(hottest(ofOneWindow, candidates));
    while (sorted.size() < limit && candidates < ofOneWindow.size()) {
      candidates = (int) Math.min(ofOneWindow.size(), 2L * candidates);
      sorted = PhraseFragments.join(hottest(ofOneWindow, candidates));
    }
    List<HotPhraseRow> ranked = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
      ranked.add(sorted.get(i).withRank(i + 1));
    }
    return ranked;
  }

  // The first n rows in PHRASE_ORDER: the same rows, in the same order, as sorting them all.
  private static List<HotPhraseRow> hottest(Collection<HotPhraseRow> rows, int n) {
    PriorityQueue<HotPhraseRow> kept = new PriorityQueue<>(n + 1, PHRASE_ORDER.reversed());
    for (HotPhraseRow row : rows) {
      if (kept.size() < n) {
        kept.add(row);
      } else if (PHRASE_ORDER.compare(row, kept.peek()) < 0) {
        kept.poll();
        kept.add(row);
      }
    }
    List<HotPhraseRow> out = new ArrayList<>(kept);
    out.sort(PHRASE_ORDER);
    return out;
  }

  private static final Comparator<HotPhraseRow> PHRASE_ORDER =
      order(
          HotPhraseRow::spike,
          HotPhraseRow::spikeScore,
          HotPhraseRow::sessions,
          HotPhraseRow::phrase);

  private static <T> Comparator<T> order(
      Predicate<T> spike,
      ToDoubleFunction<T> score,
      ToLongFunction<T> sessions,
      Function<T, String> text) {
    Comparator<T> hottest =
        Comparator.comparing((T row) -> !spike.test(row))
            .thenComparing(Comparator.comparingDouble(score).reversed())
            .thenComparing(Comparator.comparingLong(sessions).reversed())
            .thenComparing(Comparator.comparingInt((T row) -> text.apply(row).length()).reversed());
    return hottest.thenComparing(text);
  }
}
