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

class ComplaintAndSentimentRulesTest {

  private static List<Violation> complaint(String customer, String reply1, String reply2) {
    Chat chat =
        Chat.withAgent("s-apology")
            .customer(0, "在吗")
            .agent(5, "您好")
            .customer(10, customer)
            .agent(20, reply1)
            .agent(30, reply2)
            .agent(40, "对不起，再见")
            .end(50, EndReason.RESOLVED);
    return Inspect.violations(chat, QaRuleId.NO_APOLOGY_ON_COMPLAINT);
  }

  @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "等了三天还没发货，我要投诉！ | 我帮您查一下 | 已经催了 | true",
        "转人工 | 好的 | 请问什么问题 | false",
        "那一般要多久?? | 三天左右 | 好的 | false",
        "我后天要出差，能早点到吗 | 我帮您催一下 | 好的 | false",
        "刚买就降价了，差价能退吗 | 可以申请价保 | 好的 | false",
        "气死我了，到底行不行 | 实在对不住，让您受累了 | 马上处理 | false",
        "说了半天还是没解决 | 是我们这边没做好 | 马上处理 | false",
        "这也不算什么解决办法吧 | 您可以申请退款 | 好的 | true",
        "什么破东西，退钱 | 好的 | 请提供订单号 | true",
        "你们就是骗子😡 | 请问订单号是多少 | 我看一下 | true",
        "太差了！！ | 非常抱歉给您带来不便 | 马上处理 | false",
        "等了半天也没人理 | 我看一下 | 不好意思让您久等了 | false",
        "我要投诉 | Sorry，马上帮您处理 | 好的 | false",
        "请问什么时候发货 | 今天发 | 好的 | false",
        "不是要投诉，问一下进度 | 今天发 | 好的 | false"
      })
  void aComplaintNeedsAnApologyInTheNextTwoAgentMessages(
      String customer, String reply1, String reply2, boolean fires) {
    List<Violation> found = complaint(customer, reply1, reply2);
    assertThat(found).as(customer).hasSize(fires ? 1 : 0);
    if (fires) {
      assertThat(found.get(0).messageIndex()).isEqualTo(2);
    }
  }

  @Test
  void aNegatedApologyIsNoApology() {
    assertThat(complaint("我要投诉你们", "不用道歉，按流程走", "好的")).hasSize(1);
  }

  @Test
  void anUnresolvedSessionEndingNegativePointsAtTheLastCustomerMessage() {
    Chat chat =
        Chat.withAgent("s-neg")
            .customer(0, "在吗")
            .agent(5, "您好")
            .customer(10, "退款怎么还没到")
            .agent(20, "在处理了")
            .customer(30, "太失望了，什么破服务")
            .end(60, EndReason.ABANDONED);
    assertThat(Inspect.violations(chat, QaRuleId.NEGATIVE_UNRESOLVED))
        .extracting(Violation::messageIndex)
        .containsExactly(4);
    assertThat(Inspect.violations(chat, QaRuleId.SENTIMENT_DROP))
        .extracting(Violation::messageIndex)
        .containsExactly(4);
  }

  @Test
  void aResolvedSessionOrAContentCustomerIsNotNegativeUnresolved() {
    Chat resolved =
        Chat.withAgent("s-res")
            .customer(0, "太失望了")
            .agent(5, "抱歉")
            .customer(30, "还是很失望")
            .end(60, EndReason.RESOLVED);
    assertThat(Inspect.violations(resolved, QaRuleId.NEGATIVE_UNRESOLVED)).isEmpty();
    assertThat(Inspect.violations(resolved, QaRuleId.SENTIMENT_DROP)).isEmpty();

    Chat content =
        Chat.withAgent("s-content")
            .customer(0, "在吗")
            .agent(5, "您好")
            .customer(30, "好的谢谢，辛苦了")
            .end(60, EndReason.TIMEOUT);
    assertThat(Inspect.violations(content, QaRuleId.NEGATIVE_UNRESOLVED)).isEmpty();
    assertThat(Inspect.violations(content, QaRuleId.SENTIMENT_DROP)).isEmpty();
  }
}
