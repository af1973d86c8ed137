package io.kefu.core.metrics.hot;

import java.io.Serializable;

/**
 * The score of one topic in one window.
 *
 * @param baseline the expected count the score compares with (the floored mean of the previous
 *     windows)
 * @param score see {@link SpikeScorer}
 * @param flagged a spike: score and count both high enough, with enough history
 */
public record Spike(double baseline, double score, boolean flagged) implements Serializable {}
