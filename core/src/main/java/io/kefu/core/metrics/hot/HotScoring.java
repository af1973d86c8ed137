package io.kefu.core.metrics.hot;

import io.kefu.core.metrics.SessionFacts;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hot topics and emerging phrases over a batch (the Spark backfill, tests): the same {@link
 * WindowedTopics} and {@link WindowedPhrases} a streaming job keeps, fed the whole history and then
 * closed, so both engines score and rank the same rows.
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

  /** Scores and ranks every topic with sessions in each window; history starts at the first. */
  public static List<HotTopicRow> scoreTopics(
      String kind, SortedMap<Instant, Map<String, Long>> countsPerWindow, SpikeSettings settings) {
    WindowedTopics topics = new WindowedTopics(kind, settings);
    countsPerWindow.forEach(
        (window, counts) -> counts.forEach((topic, n) -> topics.add(window, topic, n)));
    return topics.closeBefore(Instant.MAX);
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

  /** The top {@code settings.topK()} phrases of each window, scored against their history. */
  public static List<HotPhraseRow> scorePhrases(
      Collection<CustomerMessage> messages, PhraseExtractor extractor, SpikeSettings settings) {
    WindowedPhrases phrases = new WindowedPhrases(settings, extractor);
    for (CustomerMessage message : messages) {
      phrases.add(message);
    }
    return phrases.closeBefore(Instant.MAX);
  }
}
