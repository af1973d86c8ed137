package io.kefu.train.job;

import io.kefu.train.data.LabeledText;
import java.util.List;

/**
 * What a training run reads.
 *
 * @param examples examples to split into train, validation (and test when {@code test} is null)
 * @param test a fixed test set, or null to hold out part of {@code examples}
 * @param paths where the examples came from, for the provenance
 */
public record TrainingInputs(
    List<LabeledText> examples, List<LabeledText> test, List<String> paths) {}
