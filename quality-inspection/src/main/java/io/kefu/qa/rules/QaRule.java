package io.kefu.qa.rules;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;

/**
 * One quality-inspection rule of CONTRACT §5: finds its violations in one session. Pure,
 * deterministic and thread-safe; the engine adds weight and severity from the rule's configuration.
 */
public interface QaRule {

  QaRuleId id();

  /** The violations in the session, in message order; empty when it passes. */
  List<Finding> inspect(SessionTimeline session);
}
