package io.kefu.core.metrics.hot;

import io.kefu.core.metrics.SessionFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hot topics and emerging phrases over a batch (the Spark backfill, tests), window by window in
 * time order through the same {@link TopicHistory} and {@link SpikeScorer} a streaming job keeps
 * per topic, then {@link HotTopicRanking} per window.
 */
public final class HotScoring {

  private HotScoring() {}

  /** Sessions per primary intent and window, by the window of the session's start. */
  public static SortedMap<Instant, Map<String, Long>> sessionsPerIntent(
      Collection<SessionFacts> sessions, SpikeSettings settings) {
    SortedMap<Instant, Map<String, Long>> counts = new TreeMap<>();
    for (SessionFacts s : sessions) {
      Instant window = settings.windowStart(s.start().toInstant());
      counts
          .computeIfAbsent(window, w -> new HashMap<>())
          .merge(s.primaryIntent().id(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Scores and ranks every topic with sessions in each window.
   *
   * @param historyStart the first window of the data; no earlier window counts in a baseline
   */
  public static List<HotTopicRow> scoreTopics(
      String kind,
      SortedMap<Instant, Map<String, Long>> countsPerWindow,
      Instant historyStart,
      SpikeSettings settings) {
    SpikeScorer scorer = new SpikeScorer(settings);
    Map<String, TopicHistory> histories = new HashMap<>();
    List<HotTopicRow> rows = new ArrayList<>();
    countsPerWindow.forEach(
        (window, counts) -> {
          List<HotTopicRow> ofWindow = new ArrayList<>();
          counts.forEach(
              (topic, count) -> {
                TopicHistory history = histories.computeIfAbsent(topic, t -> new TopicHistory());
                Spike spike = history.observe(window, count, historyStart, scorer);
                ofWindow.add(HotTopicRow.scored(window, kind, topic, count, spike));
              });
          rows.addAll(HotTopicRanking.rankTopics(ofWindow, Integer.MAX_VALUE));
        });
    return rows;
  }

  /** The phrase tallies of customer messages per window (the window of each message). */
  public static SortedMap<Instant, Map<String, PhraseTally>> phrasesPerWindow(
      Collection<CustomerMessage> messages, PhraseExtractor extractor, SpikeSettings settings) {
    SortedMap<Instant, Map<String, PhraseTally>> tallies = new TreeMap<>();
    for (CustomerMessage message : messages) {
      Instant window = settings.windowStart(message.ts().toInstant());
      Map<String, PhraseTally> ofWindow = tallies.computeIfAbsent(window, w -> new HashMap<>());
      for (String phrase : extractor.phrases(message.maskedText())) {
        ofWindow.computeIfAbsent(phrase, p -> new PhraseTally()).add(message);
      }
    }
    return tallies;
  }

  /** Scores every phrase of each window and keeps the top {@code settings.topK()} per window. */
  public static List<HotPhraseRow> scorePhrases(
      SortedMap<Instant, Map<String, PhraseTally>> talliesPerWindow,
      Instant historyStart,
      SpikeSettings settings) {
    SpikeScorer scorer = new SpikeScorer(settings);
    Map<String, TopicHistory> histories = new HashMap<>();
    List<HotPhraseRow> rows = new ArrayList<>();
    talliesPerWindow.forEach(
        (window, tallies) -> {
          List<HotPhraseRow> ofWindow = new ArrayList<>();
          tallies.forEach(
              (phrase, tally) -> {
                TopicHistory history = histories.computeIfAbsent(phrase, p -> new TopicHistory());
                Spike spike = history.observe(window, tally.sessions(), historyStart, scorer);
                ofWindow.add(
                    new HotPhraseRow(
                        window,
                        phrase,
                        tally.sessions(),
                        spike.baseline(),
                        spike.score(),
                        spike.flagged(),
                        0,
                        tally.examples()));
              });
          rows.addAll(HotTopicRanking.rankPhrases(ofWindow, settings.topK()));
          forgetQuiet(histories, settings.windowsBefore(window, settings.baselineWindows()));
        });
    return rows;
  }

  // A phrase unused for N windows has an all-zero baseline again: its history can go.
  private static void forgetQuiet(Map<String, TopicHistory> histories, Instant horizon) {
    histories.values().removeIf(h -> h.lastWindow() == null || !h.lastWindow().isAfter(horizon));
  }
}
