package io.kefu.qa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.engine.Violation;
import io.kefu.qa.testing.Inspect;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Agent lines against the phrase rules: true when the rule must fire on the line. */
class PhraseRulesTest {

  private static void check(String text, boolean fires, QaRuleId rule) {
    List<Violation> found = Inspect.agentLine(text, rule);
    assertThat(found).as("%s on「%s」", rule.id(), text).hasSize(fires ? 1 : 0);
    if (fires) {
      assertThat(found.get(0).messageIndex()).isEqualTo(2);
      assertThat(found.get(0).explanation()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "你是不是傻，订单号都不会看 | true",
        "物流没更新，我也不知道，你看着办 | true",
        "赶紧滚吧，别浪费我时间 | true",
        "爱买不买 | true",
        "这个我也不知道啊 | true",
        "滚！ | true",
        "你滚吧 | true",
        "关我什么事 | true",
        "你听不懂吗？我说过了 | true",
        "烦不烦啊 | true",
        "神经病 | true",
        "ＳＢ | true",
        "少 废 话 | true",
        "<b>垃圾</b>问题 | true",
        "这款滚筒洗衣机支持烘干 | false",
        "页面可以滚动查看 | false",
        "垃圾袋和垃圾桶都有货 | false",
        "这款机器有点笨重 | false",
        "不知道您方便提供一下订单号吗 | false",
        "请您稍等，我这边帮您查询 | false",
        "这个靠谱的，放心 | false",
        "😊 好的亲 | false"
      })
  void forbiddenWords(String text, boolean fires) {
    check(text, fires, QaRuleId.FORBIDDEN_WORDS);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "加我微信吧，方便联系 | true",
        "加vaa4043便宜点 | true",
        "有事找我QQ4884202338，给您便宜点 | true",
        "可以用QQ登录后查看订单 | false",
        "以后加我vxlucky_vqr010拿货，比店里便宜 | true",
        "退款太麻烦，私下微信转您 | true",
        "开通加vip会员有折扣 | false",
        "加我威信 | true",
        "方便的话加 v 聊 | true",
        "V信：kefu001 | true",
        "ｖｘ同号 | true",
        "加-微-信 | true",
        "加.v | true",
        "加个扣扣吧 | true",
        "我的qq号是多少你记一下 | true",
        "您可以私下转账给我，更便宜 | true",
        "走支付宝转给我就行 | true",
        "薇❤️同号 | true",
        "请勿私下转账，以免造成损失 | false",
        "不能加微信哦，请在平台内沟通 | false",
        "您可以用微信支付或支付宝付款 | false",
        "这款微波炉参加微利活动 | false",
        "请通过平台下单 | false"
      })
  void offPlatformSteering(String text, boolean fires) {
    check(text, fires, QaRuleId.OFF_PLATFORM_STEERING);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "好评返现5元哦 | true",
        "打个五分好评吧，求求啦 | true",
        "评价时点五星，送您18元 | true",
        "给个五星好评吧亲 | true",
        "五星好评返红包 | true",
        "好评截图发我领红包 | true",
        "不给好评就不给您退 | true",
        "亲，别给差评呀，有问题找我 | true",
        "麻烦您对本次服务进行评价 | false",
        "我们没有好评返现活动 | false",
        "您的评价对我们很重要 | false"
      })
  void reviewSolicitation(String text, boolean fires) {
    check(text, fires, QaRuleId.REVIEW_SOLICITATION);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "保证今天发货 | true",
        "放心，肯定能给您退全款 | true",
        "我私人补您差价，您别退了 | true",
        "价保期内按规定补您差价 | false",
        "明天一定到 | true",
        "百分百能退 | true",
        "100%给您解决 | true",
        "我们赔偿您200元 | true",
        "给您补偿 | true",
        "包您满意！ | true",
        "不能保证今天发货，我尽量帮您催 | false",
        "不一定能到，要看物流 | false",
        "我帮您申请补偿 | false",
        "给您补偿5元优惠券 | false",
        "这是100%纯棉的 | false",
        "预计明天送达 | false"
      })
  void improperPromise(String text, boolean fires) {
    check(text, fires, QaRuleId.IMPROPER_PROMISE);
  }
}
