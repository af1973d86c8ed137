package io.kefu.train.faq;

import java.util.List;

/**
 * One FAQ cluster: customer questions that ask the same thing.
 *
 * @param id the cluster id the streaming job reports hot topics under
 * @param intent the intent whose questions it groups; null in a model clustered without intents
 *     (saved before FAQs were clustered by intent)
 * @param size questions in the cluster (training data)
 * @param title a suggested FAQ title: the question nearest the centroid, trimmed
 * @param keywords the n-grams that mark the cluster (frequent in it, rare elsewhere)
 * @param representatives up to three distinct questions nearest the centroid
 * @param centroid the unit-length centroid of its sentence vectors
 */
public record FaqCluster(
    int id,
    String intent,
    int size,
    String title,
    List<String> keywords,
    List<String> representatives,
    double[] centroid) {}
