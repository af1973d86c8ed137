package io.kefu.qa.engine;

import io.kefu.core.event.ChatEvent;
import io.kefu.qa.config.QaRuleSet;
import io.kefu.qa.config.RuleConfig;
import io.kefu.qa.phrase.PhraseMatchers;
import io.kefu.qa.rules.Finding;
import io.kefu.qa.rules.QaRule;
import io.kefu.qa.rules.RuleBook;
import io.kefu.qa.scoring.SessionScore;
import io.kefu.qa.session.MessagePreparer;
import io.kefu.qa.session.SessionTimeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Inspects one session against the configured rules of CONTRACT §5 and scores it. Pure Java, used
 * alike by the batch job and the stream: given the same events (in any order, duplicates by event
 * id counted once) and the same sentiment model version, it returns the same {@link Inspection}.
 * Phrase lists are compiled once, here. Thread-safe when the sentiment source is.
 */
public final class InspectionEngine {

  private static final Comparator<Violation> ORDER =
      Comparator.comparingInt(Violation::messageIndex)
          .thenComparing(v -> v.rule().ordinal())
          .thenComparing(Violation::explanation);

  private final QaRuleSet ruleSet;
  private final String ruleSetVersion;
  private final SentimentSource sentiment;
  private final MessagePreparer preparer;
  private final List<QaRule> rules;
  private final RuleConfig[] configs;

  public InspectionEngine(QaRuleSet rules, SentimentSource sentiment) {
    this.ruleSet = Objects.requireNonNull(rules, "rules");
    this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
    PhraseMatchers matchers = new PhraseMatchers(rules);
    this.preparer = new MessagePreparer(matchers.separators());
    this.rules = RuleBook.enabled(rules, matchers);
    this.configs = this.rules.stream().map(r -> rules.rule(r.id())).toArray(RuleConfig[]::new);
    this.ruleSetVersion = rules.version();
  }

  /**
   * Inspects one session.
   *
   * @param events the session's validated events in any order; events of other sessions are ignored
   * @throws IllegalArgumentException when no event belongs to the session
   */
  public Inspection inspect(String sessionId, List<ChatEvent> events) {
    return inspect(sessionId, events, sentiment);
  }

  /**
   * Inspects one session with the sentiments from {@code sentiment} instead of the engine's own
   * source: the stream passes the sentiments it already predicted for the session's messages.
   */
  public Inspection inspect(String sessionId, List<ChatEvent> events, SentimentSource sentiment) {
    String source = sentiment.source();
    SessionTimeline session = SessionTimeline.of(sessionId, events, preparer, sentiment);
    List<Violation> violations = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      QaRule rule = rules.get(r);
      RuleConfig config = configs[r];
      for (Finding f : rule.inspect(session)) {
        violations.add(
            new Violation(
                sessionId,
                rule.id(),
                config.severity(),
                config.weight(),
                f.messageIndex(),
                f.evidence(),
                f.explanation()));
      }
    }
    violations.sort(ORDER);
    SessionScore score = SessionScore.of(violations, ruleSet.reviewBelowScore());
    return new Inspection(
        sessionId,
        session.day(),
        session.agentId(),
        session.channel(),
        score.score(),
        score.critical(),
        score.reviewQueued(),
        violations,
        ruleSetVersion,
        source);
  }
}
