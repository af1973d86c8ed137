package io.kefu.qa.rules;

import io.kefu.core.pii.PiiType;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.config.AgentPiiLeakConfig;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code agent_pii_leak}: an agent message shows a full phone, ID-card or bank-card number. Reads
 * what core's PiiMasker found in the normalised, unmasked text (a partly hidden 138****1234 is not
 * found, so not a leak) and placeholders already in it (input masked upstream, such as an ingest
 * output, where the placeholder stands for what the agent wrote). Points at the agent message;
 * evidence is the masked text.
 */
public final class AgentPiiLeakRule implements QaRule {

  private static final Map<PiiType, String> NAMES =
      Map.of(
          PiiType.PHONE, "电话号码",
          PiiType.ID_CARD, "身份证号",
          PiiType.BANK_CARD, "银行卡号",
          PiiType.EMAIL, "邮箱",
          PiiType.ADDRESS, "地址",
          PiiType.ORDER_NO, "订单号",
          PiiType.TAX_ID, "税号");

  private final List<PiiType> types;

  public AgentPiiLeakRule(AgentPiiLeakConfig config) {
    this.types = config.piiTypes();
  }

  @Override
  public QaRuleId id() {
    return QaRuleId.AGENT_PII_LEAK;
  }

  @Override
  public List<Finding> inspect(SessionTimeline session) {
    List<Finding> findings = new ArrayList<>(0);
    for (PreparedMessage m : session.messages()) {
      if (!m.isAgent()) {
        continue;
      }
      for (PiiType type : types) {
        if (m.mask().count(type) > 0 || m.text().contains(type.placeholder())) {
          findings.add(
              new Finding(
                  m.index(),
                  evidence(m.text(), type),
                  "客服消息泄露了完整的" + NAMES.getOrDefault(type, type.wireName())));
          break;
        }
      }
    }
    return findings;
  }

  private static String evidence(String masked, PiiType type) {
    int at = masked.indexOf(type.placeholder());
    return at < 0
        ? Evidence.around(masked, 0, Math.min(masked.length(), 24))
        : Evidence.around(masked, at, at + type.placeholder().length());
  }
}
