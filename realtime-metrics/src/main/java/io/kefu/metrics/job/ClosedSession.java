package io.kefu.metrics.job;

import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.session.SessionSummary;

/**
 * What the job keeps of a closed session: its summary and facts as counted (the facts' rating is
 * the one that counts, a late one included) and its FAQ cluster ("" without a FAQ model).
 */
public record ClosedSession(SessionSummary summary, SessionFacts facts, String faqCluster) {

  ClosedSession withFacts(SessionFacts newFacts) {
    return new ClosedSession(summary, newFacts, faqCluster);
  }
}
