package io.kefu.metrics.job;

/** The models' reading of one customer message, kept until its session closes. */
public record MessageLabels(String intent, String sentiment) {}
