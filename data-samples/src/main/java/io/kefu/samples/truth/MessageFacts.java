package io.kefu.samples.truth;

import io.kefu.core.event.Role;

/**
 * What the generator knows about one message it wrote, which the rules are judged on. The wording
 * flags come from where the text came from (a phrase of the apology pool, a planted forbidden
 * word), never from searching the text, so harmless look-alikes (滚筒洗衣机, 不能保证, 138****5678) stay
 * unflagged.
 *
 * @param epochSecond event time
 * @param sentiment the customer's mood; null for agent and bot messages
 * @param greeting an agent message that contains a greeting (您好/你好/欢迎/很高兴为您服务 …)
 * @param closing an agent message that contains a closing (祝您…/再见/随时联系/感谢您的…)
 * @param apology an agent message that contains an apology (抱歉/不好意思/对不起 …)
 * @param forbidden an agent message with a planted 服务禁语
 * @param promise an agent message with an improper promise (保证/一定/赔偿/百分之百 …)
 * @param steering an agent message steering off the platform (微信/QQ/转账/线下 …)
 * @param solicitation an agent message soliciting a good review (好评/五星/返现 …)
 * @param leak an agent message showing a full phone, ID-card or bank-card number
 */
public record MessageFacts(
    Role role,
    long epochSecond,
    String text,
    Sentiment sentiment,
    boolean greeting,
    boolean closing,
    boolean apology,
    boolean forbidden,
    boolean promise,
    boolean steering,
    boolean solicitation,
    boolean leak) {

  public boolean isAgent() {
    return role == Role.AGENT;
  }

  public boolean isCustomer() {
    return role == Role.CUSTOMER;
  }
}
