package io.kefu.train.faq;

/**
 * A customer question to cluster.
 *
 * @param text the question, prepared ({@link io.kefu.core.text.TextPreparation#prepare})
 * @param intent its intent (the ingest job's label), or null when unknown: questions are clustered
 *     within their intent
 * @param faq its true FAQ for NMI and ARI, or {@code "?"} when unknown
 */
public record FaqQuestion(String text, String intent, String faq) {}
