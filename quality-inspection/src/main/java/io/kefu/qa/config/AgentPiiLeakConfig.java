package io.kefu.qa.config;

import io.kefu.core.pii.PiiType;
import io.kefu.qa.scoring.Severity;
import java.util.List;

/**
 * {@code agent_pii_leak}: an agent message shows in full a number of one of these types (wire names
 * of core's PiiType: phone, id_card, bank_card).
 */
public record AgentPiiLeakConfig(boolean enabled, int weight, Severity severity, List<String> types)
    implements RuleConfig {
  public AgentPiiLeakConfig {
    RuleConfig.check(weight, severity);
    types = types == null ? List.of() : List.copyOf(types);
    for (String type : types) {
      if (PiiType.fromWire(type) == null) {
        throw new IllegalArgumentException(
            "types: unknown '"
                + type
                + "'; accepted: phone, id_card, bank_card, email, address, order_no");
      }
    }
  }

  /** The configured types. */
  public List<PiiType> piiTypes() {
    return types.stream().map(PiiType::fromWire).toList();
  }
}
