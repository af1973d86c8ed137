package io.kefu.core.model;

/**
 * One prediction: the label and the model's calibrated confidence in it (0..1).
 *
 * @param label a label of the model's label set
 * @param confidence the calibrated probability of {@code label}
 */
public record Prediction(String label, double confidence) {}
