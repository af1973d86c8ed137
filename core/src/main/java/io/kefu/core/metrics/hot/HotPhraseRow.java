package io.kefu.core.metrics.hot;

import io.kefu.core.event.EventTimestamps;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code hot_phrases} (CONTRACT §3): an emerging phrase of customer messages in a
 * window, counted by sessions, with its baseline, spike score, flag, rank and up to three example
 * messages (masked, as stored).
 */
public record HotPhraseRow(
    Instant windowStart,
    String phrase,
    long sessions,
    double baseline,
    double spikeScore,
    boolean spike,
    int rank,
    List<String> examples)
    implements Serializable {

  public HotPhraseRow {
    examples = List.copyOf(examples);
  }

  /** The Asia/Shanghai day of the window. */
  public LocalDate day() {
    return EventTimestamps.businessDay(windowStart);
  }

  public HotPhraseRow withRank(int newRank) {
    return new HotPhraseRow(
        windowStart, phrase, sessions, baseline, spikeScore, spike, newRank, examples);
  }
}
