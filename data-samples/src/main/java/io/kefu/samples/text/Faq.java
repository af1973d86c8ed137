package io.kefu.samples.text;

import io.kefu.core.taxonomy.Intent;
import java.util.List;

/**
 * One FAQ group: a question customers ask in many ways, with its follow-up lines and the standard
 * answer. {@code id} is the truth file's {@code faq_id}, e.g. {@code return_refund.how_to_apply}.
 *
 * @param products the product categories (slot names) a session about this FAQ draws its product
 *     from
 * @param questions neutral phrasings; {@code negativeQuestions} and {@code positiveQuestions} are
 *     phrasings that carry that sentiment (possibly empty)
 * @param followUps neutral customer lines later in the session (details, order numbers, photos)
 */
public record Faq(
    String id,
    Intent intent,
    double weight,
    List<String> products,
    List<Template> questions,
    List<Template> negativeQuestions,
    List<Template> positiveQuestions,
    List<Template> followUps,
    List<Template> answers) {}
