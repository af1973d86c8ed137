package io.kefu.qa.config;

import io.kefu.qa.scoring.Severity;

/**
 * {@code missing_greeting}: the first agent message has none of these greetings.
 *
 * @param greetings greetings that count anywhere in the message (您好, 欢迎光临)
 * @param openingGreetings words that greet only when they open the message, in its first clause
 *     (亲，… and 让您久等了 open a reply; 好的亲 or a late 久等了 is an address or an apology)
 */
public record MissingGreetingConfig(
    boolean enabled,
    int weight,
    Severity severity,
    PhraseList greetings,
    PhraseList openingGreetings)
    implements RuleConfig {
  public MissingGreetingConfig {
    RuleConfig.check(weight, severity);
    greetings = greetings == null ? PhraseList.empty() : greetings;
    openingGreetings = openingGreetings == null ? PhraseList.empty() : openingGreetings;
  }
}
