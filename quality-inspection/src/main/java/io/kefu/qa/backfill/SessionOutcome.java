package io.kefu.qa.backfill;

import io.kefu.core.metrics.SessionFacts;
import io.kefu.core.metrics.hot.CustomerMessage;
import io.kefu.core.metrics.timing.AgentTimingDailyRow;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the backfill keeps of one session after it was digested and inspected: its finished rows
 * ({@code sessions}, {@code qa_inspections}, {@code qa_violations}, as JSONEachRow) and what the
 * tables summed over many sessions read of it.
 *
 * @param facts what FCR, CSAT, QA coverage and hot topics read (the rating is the first one)
 * @param faqCluster the session's FAQ cluster, "" without a production faq model
 * @param timing its agent-timing contribution, or null (bot-only, no customer message)
 * @param customerMessages its customer messages, masked, for emerging phrases
 */
public record SessionOutcome(
    SessionFacts facts,
    String faqCluster,
    String sessionRow,
    String inspectionRow,
    List<String> violationRows,
    AgentTimingDailyRow timing,
    List<CustomerMessage> customerMessages)
    implements Serializable {

  public SessionOutcome {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(faqCluster, "faqCluster");
    Objects.requireNonNull(sessionRow, "sessionRow");
    Objects.requireNonNull(inspectionRow, "inspectionRow");
    violationRows = List.copyOf(violationRows);
    customerMessages = List.copyOf(customerMessages);
  }
}
