package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.core.text.TextNormalizer;
import io.kefu.qa.config.ReplyTimeoutConfig;
import io.kefu.qa.phrase.Separators;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code reply_timeout}: after an agent became responsible, a customer message waited longer than
 * the threshold for the next agent message (bot messages are not replies). One finding per
 * unanswered streak, at its first message. A streak never answered counts when the session ended
 * later than the threshold after it, unless the streak is only acknowledgements (好的, 谢谢).
 */
public final class ReplyTimeoutRule implements QaRule {

  private static final Separators TRIM = new Separators(" ,.!?~，。！？～、…:：;；");

  private final long thresholdMillis;
  private final int thresholdSeconds;
  private final Set<String> acknowledgements = new HashSet<>();
  private int longestAcknowledgement;

  public ReplyTimeoutRule(ReplyTimeoutConfig config) {
    this.thresholdSeconds = config.thresholdSeconds();
    this.thresholdMillis = config.thresholdSeconds() * 1000L;
    var normalizer = new TextNormalizer();
    for (String ack : config.acknowledgements()) {
      String trimmed = TRIM.strip(normalizer.normalize(ack));
      acknowledgements.add(trimmed);
      longestAcknowledgement = Math.max(longestAcknowledgement, trimmed.length());
    }
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.REPLY_TIMEOUT;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    Long responsible = session.responsibleFrom();
    if (responsible == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(1);
    PreparedMessage waiting = null;
    boolean onlyAcknowledgements = true;
    for (PreparedMessage m : session.messages()) {
      if (m.epochMillis() < responsible) {
        continue;
      }
      if (m.isCustomer()) {
        if (waiting == null) {
          waiting = m;
          onlyAcknowledgements = true;
        }
        onlyAcknowledgements = onlyAcknowledgements && isAcknowledgement(m.text());
      } else if (m.isAgent() && waiting != null) {
        long wait = m.epochMillis() - waiting.epochMillis();
        if (wait > thresholdMillis) {
          findings.add(finding(waiting, "客户消息等待 " + Evidence.seconds(wait) + " 秒才得到客服回复"));
        }
        waiting = null;
      }
    }
    Long end = session.endMillis();
    if (waiting != null && !onlyAcknowledgements && end != null) {
      long wait = end - waiting.epochMillis();
      if (wait > thresholdMillis) {
        findings.add(finding(waiting, "客户消息 " + Evidence.seconds(wait) + " 秒直到会话结束都没有客服回复"));
      }
    }
    return findings;
  }

  // Punctuation and spaces aside, the message is one of the acknowledgements. A bare "?" is the
  // customer nudging, never an acknowledgement, whatever an emoji acknowledgement normalises to.
  private boolean isAcknowledgement(String text) {
    if (text.length() > 3 * longestAcknowledgement + 3) {
      return false;
    }
    String words = TRIM.strip(text);
    return !words.isEmpty() && acknowledgements.contains(words);
  }

  private Finding finding(PreparedMessage waiting, String what) {
    return new Finding(
        waiting.index(), Evidence.of(waiting), what + "，超过 " + thresholdSeconds + " 秒");
  }
}
