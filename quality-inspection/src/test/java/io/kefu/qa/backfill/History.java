package io.kefu.qa.backfill;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written chat history for the backfill's tests: a few customers over two Asia/Shanghai days
 * with a repeat contact inside the re-contact window, ratings before and after the session_end, a
 * session that never ended, a bot-only one and an agent showing a phone number.
 */
final class History {

  static final OffsetDateTime DAY1 = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");

  private History() {}

  /** Every event of the history, sessions interleaved. */
  static List<ChatEvent> events() {
    List<ChatEvent> all = new ArrayList<>();
    // c1: a refund, then again 10 hours later (repeat contact: not resolved on first contact)
    all.addAll(
        session("s1", "c1", "a1", Channel.APP, DAY1)
            .customer(0, "你好,我要申请退款")
            .agent(20, "您好,请问是哪个订单要退款呢")
            .customer(40, "上周买的鞋子,要退货退款")
            .agent(70, "好的,已为您提交退款申请,请问还有其他问题吗?感谢您的耐心,祝您生活愉快")
            .end(90, EndReason.RESOLVED)
            .csat(100, 5)
            .events());
    all.addAll(
        session("s2", "c1", "a2", Channel.APP, DAY1.plusHours(10))
            .customer(0, "退款怎么还没到账")
            .agent(200, "您好,退款一般三个工作日到账,请问还有其他问题吗?祝您生活愉快")
            .end(260, EndReason.RESOLVED)
            .csat(280, 2)
            .events());
    // c2: shipping resolved at once, rated before the end; later an invoice question
    all.addAll(
        session("s3", "c2", "a1", Channel.WECHAT, DAY1.plusMinutes(3))
            .customer(0, "我的快递到哪了,物流一直不动")
            .agent(15, "您好,我帮您查一下物流,您的快递今天送到,请问还有其他问题吗?祝您生活愉快")
            .csat(50, 4)
            .end(60, EndReason.RESOLVED)
            .events());
    all.addAll(
        session("s4", "c2", "a2", Channel.WECHAT, DAY1.plusDays(1))
            .customer(0, "发票怎么开,要写税号")
            .agent(30, "您好,您可以加我微信 13812345678 我私下给您开发票")
            .end(120, EndReason.ABANDONED)
            .events());
    // c3: never ended (closed by inactivity in the stream), then a bot-only session
    all.addAll(
        session("s5", "c3", "a1", Channel.WEB, DAY1.plusDays(1).plusMinutes(5))
            .customer(0, "快递什么时候发货")
            .agent(400, "您好,已经催仓库了")
            .events());
    all.addAll(
        session("s6", "c3", null, Channel.MINI_PROGRAM, DAY1.plusDays(1).plusHours(2))
            .customer(0, "开票抬头写错了能改吗")
            .bot(2, "您可以在订单详情里修改发票抬头")
            .end(30, EndReason.RESOLVED)
            .csat(40, 3)
            .events());
    // c4: a refund resolved with no re-contact
    all.addAll(
        session("s7", "c4", "a1", Channel.APP, DAY1.plusDays(1).plusMinutes(7))
            .customer(0, "我要退货,东西不想要了")
            .agent(25, "您好,已为您办理退货退款,请问还有其他问题吗?祝您生活愉快")
            .end(50, EndReason.RESOLVED)
            .events());
    return all;
  }

  static Session session(
      String id, String customer, String agent, Channel channel, OffsetDateTime start) {
    return new Session(id, customer, agent, channel, start);
  }

  /** One session's events, times in seconds after its start. */
  static final class Session {
    private final String id;
    private final String customer;
    private final String agent;
    private final Channel channel;
    private final OffsetDateTime start;
    private final List<ChatEvent> events = new ArrayList<>();

    Session(String id, String customer, String agent, Channel channel, OffsetDateTime start) {
      this.id = id;
      this.customer = customer;
      this.agent = agent;
      this.channel = channel;
      this.start = start;
      events.add(ChatEvent.sessionStart(header(0)));
    }

    Session customer(int second, String text) {
      events.add(ChatEvent.message(header(second), Role.CUSTOMER, text));
      return this;
    }

    Session agent(int second, String text) {
      events.add(ChatEvent.message(header(second), Role.AGENT, text));
      return this;
    }

    Session bot(int second, String text) {
      events.add(ChatEvent.message(header(second), Role.BOT, text));
      return this;
    }

    Session end(int second, EndReason reason) {
      events.add(ChatEvent.sessionEnd(header(second), reason));
      return this;
    }

    Session csat(int second, int rating) {
      events.add(ChatEvent.csat(header(second), rating));
      return this;
    }

    List<ChatEvent> events() {
      return List.copyOf(events);
    }

    private ChatEvent.Header header(int second) {
      return new ChatEvent.Header(
          id + "-e" + events.size(), id, customer, agent, channel, start.plusSeconds(second));
    }
  }
}
