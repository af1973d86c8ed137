/**
 * The metric definitions of CONTRACT §3 as plain Java, called unchanged by the Flink job and the
 * Spark backfill (no engine types here). Days are Asia/Shanghai calendar days ({@link
 * io.kefu.core.event.EventTimestamps#businessDay}); a session counts on the day it started.
 *
 * <ul>
 *   <li>{@code fcr}: {@link io.kefu.core.metrics.fcr.IssueTracker} per (customer, primary intent)
 *       turns closed sessions and an advancing "as of" into {@link
 *       io.kefu.core.metrics.fcr.IssueChange}s; {@link io.kefu.core.metrics.fcr.FcrDailyAggregator}
 *       sums them into {@code fcr_daily} rows with their {@code final} flag. Batch: {@link
 *       io.kefu.core.metrics.fcr.FcrCalculator}, which runs the same tracker per key.
 *   <li>{@code csat}: {@link io.kefu.core.metrics.csat.CsatDaily} gives each session's contribution
 *       and a late rating's change; rows add up.
 *   <li>{@code hot}: {@link io.kefu.core.metrics.hot.TopicHistory} per topic or phrase scores each
 *       10-minute window with {@link io.kefu.core.metrics.hot.SpikeScorer}; {@link
 *       io.kefu.core.metrics.hot.HotTopicRanking} ranks a window; {@link
 *       io.kefu.core.metrics.hot.PhraseExtractor} and {@link io.kefu.core.metrics.hot.PhraseTally}
 *       count phrases by sessions. Batch: {@link io.kefu.core.metrics.hot.HotScoring}.
 *   <li>{@code timing}: {@link io.kefu.core.metrics.timing.AgentTimingDaily} per agent and day.
 * </ul>
 *
 * A streaming job wires them as: sessions summarised by {@link
 * io.kefu.core.session.SessionSummarizer} and {@link io.kefu.core.metrics.PrimaryIntent} into
 * {@link io.kefu.core.metrics.SessionFacts}; keyed by (customer, intent) into an {@code
 * IssueTracker} held in keyed state, with a timer at its {@code nextFinalisation()}; the changes
 * keyed by {@link io.kefu.core.metrics.DailyKey} into an aggregator whose changed rows go to the
 * sink.
 */
package io.kefu.core.metrics;
