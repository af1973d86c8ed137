package io.kefu.qa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.engine.Violation;
import io.kefu.qa.testing.Chat;
import io.kefu.qa.testing.Inspect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentPiiLeakRuleTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "您登记的手机号是13812345678 | true",
        "号码：１３８ １２３４ ５６７８ | true",
        "身份证11010519491231002X已核对 | true",
        "卡号6222 0202 0000 0000 05 已绑定 | true",
        "已为您转到[PHONE]的号码 | true",
        "您的手机号138****5678已验证 | false",
        "订单号为2026030112345678 | false",
        "请提供您的手机号 | false"
      })
  void anAgentMessageShowingAFullNumberLeaks(String text, boolean fires) {
    List<Violation> found = Inspect.agentLine(text, QaRuleId.AGENT_PII_LEAK);
    assertThat(found).as(text).hasSize(fires ? 1 : 0);
    if (fires) {
      Violation v = found.get(0);
      assertThat(v.critical()).isTrue();
      assertThat(v.evidence()).doesNotContainPattern("\\d{11}").contains("[");
    }
  }

  @Test
  void aCustomerGivingTheirOwnNumberIsNoLeak() {
    Chat chat =
        Chat.withAgent("s-own")
            .customer(0, "我手机13812345678")
            .agent(5, "您好，收到")
            .end(10, EndReason.RESOLVED);
    assertThat(Inspect.violations(chat, QaRuleId.AGENT_PII_LEAK)).isEmpty();
  }
}
