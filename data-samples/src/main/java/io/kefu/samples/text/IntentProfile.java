package io.kefu.samples.text;

import io.kefu.core.taxonomy.Intent;
import java.util.List;

/**
 * How often customers come with an intent and in what mood.
 *
 * @param weight relative share of sessions
 * @param negativeStart probability that the first substantive customer message is negative
 * @param positiveStart probability that it is positive (only where the FAQ has positive phrasings)
 */
public record IntentProfile(
    Intent intent, double weight, double negativeStart, double positiveStart, List<Faq> faqs) {}
