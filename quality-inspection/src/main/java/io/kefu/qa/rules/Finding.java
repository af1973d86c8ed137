package io.kefu.qa.rules;

/**
 * What a rule found, before the engine adds the rule's weight and severity.
 *
 * @param messageIndex the message the finding points at (see each rule)
 * @param evidence masked excerpt of that message
 * @param explanation one sentence in Chinese
 */
public record Finding(int messageIndex, String evidence, String explanation) {}
