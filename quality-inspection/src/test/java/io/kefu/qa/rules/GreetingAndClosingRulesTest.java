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

class GreetingAndClosingRulesTest {

  private static Chat firstAndLast(String first, String last) {
    return Chat.withAgent("s-gc")
        .customer(0, "在吗")
        .agent(10, first)
        .customer(20, "我的快递到哪了")
        .agent(30, "已经在派送中了")
        .agent(40, last)
        .end(50, EndReason.RESOLVED);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "您好，请问有什么可以帮您？ | false",
        "亲，这边帮您看一下 | false",
        "让您久等了，这边是售后客服 | false",
        "好的亲，马上帮您查 | true",
        "问题看到了，稍等，不好意思亲，让您久等了 | true",
        "亲，在的哦 | false",
        "Hi～ 我是小美 | false",
        "ＨＥＬＬＯ | false",
        "<p>你好呀😊</p> | false",
        "很高兴为您服务 | false",
        "请提供订单号 | true",
        "我亲自帮您查一下 | true",
        "现在的订单都在排队 | true",
        "你好像没有付款 | true"
      })
  void theFirstAgentMessageNeedsAGreeting(String first, boolean fires) {
    List<Violation> found =
        Inspect.violations(firstAndLast(first, "祝您生活愉快，再见"), QaRuleId.MISSING_GREETING);
    assertThat(found).as(first).hasSize(fires ? 1 : 0);
    if (fires) {
      assertThat(found.get(0).messageIndex()).isEqualTo(1);
    }
  }

  @Test
  void aGreetingInTheSecondAgentMessageIsLate() {
    Chat chat =
        Chat.withAgent("s-late")
            .customer(0, "在吗")
            .agent(10, "稍等")
            .agent(20, "您好，请问有什么可以帮您")
            .agent(30, "再见")
            .end(40, EndReason.RESOLVED);
    assertThat(Inspect.violations(chat, QaRuleId.MISSING_GREETING))
        .extracting(Violation::messageIndex)
        .containsExactly(1);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "还有其他可以帮您的吗？ | false",
        "祝您生活愉快！ | false",
        "感谢您的耐心等待，再见 | false",
        "有问题随时联系我们哦 | false",
        "欢迎再次光临🌹 | false",
        "Bye~ | false",
        "好的 | true",
        "已为您登记 | true",
        "这次购物不愉快吗 | true"
      })
  void theLastAgentMessageNeedsAClosing(String last, boolean fires) {
    List<Violation> found = Inspect.violations(firstAndLast("您好", last), QaRuleId.MISSING_CLOSING);
    assertThat(found).as(last).hasSize(fires ? 1 : 0);
    if (fires) {
      assertThat(found.get(0).messageIndex()).isEqualTo(4);
    }
  }

  @Test
  void aSessionNoAgentServedHasNoGreetingClosingOrTimingViolations() {
    Chat chat =
        Chat.withBot("s-bot")
            .customer(0, "怎么退货")
            .bot(1, "请在订单页点击申请退货")
            .customer(500, "好的")
            .end(900, EndReason.RESOLVED);
    assertThat(Inspect.session(chat).violations()).isEmpty();
  }
}
