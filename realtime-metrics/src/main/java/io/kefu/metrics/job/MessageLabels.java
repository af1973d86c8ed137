package io.kefu.metrics.job;

/**
 * The models' reading of one customer message, kept until its session closes.
 *
 * @param intentModel the intent model version that read it, e.g. {@code intent:3}
 * @param sentimentModel the sentiment model version, e.g. {@code sentiment:2}
 */
public record MessageLabels(
    String intent, String sentiment, String intentModel, String sentimentModel) {}
